#include "ui/palette.h"

#include <QLabel>

#include <cmath>

#include <QWidget>

namespace PayDesk::Ui {

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.2;
}

QColor stateBadgeColor(PaymentState state)
{
    switch (state) {
    case PaymentState::Draft:
        return QColor(0x75, 0x75, 0x75);
    case PaymentState::Requested:
        return QColor(0x15, 0x65, 0xc0);
    case PaymentState::Authenticated:
        return QColor(0xb4, 0x53, 0x09);
    case PaymentState::Authorized:
        return QColor(0x7b, 0x1f, 0xa2);
    case PaymentState::Captured:
        return QColor(0x00, 0x7a, 0x36); // LINE green, darkened for white text
    case PaymentState::PartiallyRefunded:
        return QColor(0x00, 0x79, 0x6b);
    case PaymentState::Refunded:
        return QColor(0x54, 0x6e, 0x7a);
    case PaymentState::InDoubt:
        return QColor(0xc6, 0x28, 0x28);
    default:
        return QColor(0x6d, 0x4c, 0x41);
    }
}

QColor busyElsewhereBadgeColor()
{
    return QColor(0x45, 0x5a, 0x64);
}

MessageColors messageColors(const QPalette &palette, bool error)
{
    if (isDark(palette))
        return error ? MessageColors{QColor(0xff, 0xcd, 0xd2), QColor(0x4a, 0x1c, 0x1c)}
                     : MessageColors{QColor(0xc8, 0xe6, 0xc9), QColor(0x1b, 0x3a, 0x1f)};
    return error ? MessageColors{QColor(0x61, 0x1a, 0x15), QColor(0xfd, 0xec, 0xea)}
                 : MessageColors{QColor(0x1b, 0x5e, 0x20), QColor(0xe8, 0xf5, 0xe9)};
}

QColor errorTextColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor warningTextColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xd5, 0x4f) : QColor(0x7a, 0x5c, 0x00);
}

void useErrorColor(QWidget *label, bool warning)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, warning ? warningTextColor(palette) : errorTextColor(palette));
    label->setPalette(palette);
}

void showNotice(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (error)
        useErrorColor(label);
    else
        label->setPalette(QPalette()); // inherits again what useErrorColor replaced
}

QString noticeText(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}

} // namespace PayDesk::Ui
