#include "app/linepay/json.h"

#include <QJsonParseError>
#include <QJsonValue>

namespace PayDesk::LinePay {

QJsonDocument parseExact(const QByteArray &json, QString *errorMessage)
{
    // Wrap every number token outside strings in quotes. The scan only tracks string state;
    // the JSON parser still checks the structure afterwards.
    QByteArray rewritten;
    rewritten.reserve(json.size() + 32);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            rewritten.append(c);
            if (c == '\\' && i + 1 < json.size()) {
                rewritten.append(json.at(++i));
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            rewritten.append(c);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype end = i + 1;
            while (end < json.size()) {
                const char d = json.at(end);
                if ((d >= '0' && d <= '9') || d == '.' || d == 'e' || d == 'E' || d == '+' || d == '-')
                    ++end;
                else
                    break;
            }
            rewritten.append('"').append(json.mid(i, end - i)).append('"');
            i = end - 1;
        } else {
            rewritten.append(c);
        }
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(rewritten, &error);
    if (error.error != QJsonParseError::NoError) {
        if (errorMessage)
            *errorMessage = error.errorString();
        return {};
    }
    return document;
}

qint64 exactId(const QJsonValue &value)
{
    if (!value.isString())
        return 0;
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > 19)
        return 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return 0;
    }
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok ? id : 0;
}

QByteArray quoted(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00").append(hex[(c >> 4) & 0xf]).append(hex[c & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_out.append(',');
        m_first.last() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_first.removeLast();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_first.removeLast();
    return *this;
}

JsonWriter &JsonWriter::key(QStringView name)
{
    separate();
    m_out.append(quoted(name)).append(':');
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::string(QStringView value)
{
    separate();
    m_out.append(quoted(value));
    return *this;
}

JsonWriter &JsonWriter::integer(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
    return *this;
}

JsonWriter &JsonWriter::number(QStringView decimalText)
{
    separate();
    m_out.append(decimalText.toLatin1());
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    separate();
    m_out.append(value ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

} // namespace PayDesk::LinePay
