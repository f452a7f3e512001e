#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PayDesk::LinePay {

// Parses JSON with every number turned into a string holding its exact text, so that 19-digit
// ids and decimal amounts never pass through a double. Returns a null document on bad JSON.
QJsonDocument parseExact(const QByteArray &json, QString *errorMessage = nullptr);

// Reads a 64-bit id that parseExact kept as text (also accepts a JSON string of digits).
// Returns 0 when the value is missing, not an integer or out of range.
qint64 exactId(const QJsonValue &value);

// Builds compact JSON text with numbers written exactly as given. The bytes it returns are the
// bytes that are signed and sent.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QStringView name);
    JsonWriter &string(QStringView value);
    JsonWriter &integer(qint64 value);
    JsonWriter &number(QStringView decimalText); // already-validated decimal text, e.g. "12.5"
    JsonWriter &boolean(bool value);
    JsonWriter &null();

    const QByteArray &data() const { return m_out; }

private:
    void separate();

    QByteArray m_out;
    QList<bool> m_first; // one entry per open container: no element written yet
    bool m_afterKey = false;
};

QByteArray quoted(QStringView text);

} // namespace PayDesk::LinePay
