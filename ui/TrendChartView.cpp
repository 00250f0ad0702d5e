#include "ui/TrendChartView.h"

#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace carehouse::ui {

using clinical::TrendSeries;
using Line = TrendSeries::TargetLine;

namespace {

const QColor kValue(0x00, 0x5e, 0xb8); // NHS blue
const QColor kSecond(0x33, 0x00, 0x72); // NHS purple, for diastolic
const QColor kAttention(0xb0, 0x1c, 0x1c); // dark red, as the grid's flags
const QColor kWindow(0x6b, 0x6b, 0x6b);
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

qint64 msecs(base::CivilDate d)
{
    // Noon local time, so the axis (which shows local time) never lands on the day before.
    return QDateTime(QDate(d.year(), d.month(), d.day()), QTime(12, 0)).toMSecsSinceEpoch();
}

QString display(base::CivilDate d)
{
    return QString::fromStdString(d.display());
}

bool beyond(const Line& line, double limit, double v)
{
    if (line.side == Line::Side::Lower)
        return v < limit;
    return line.inclusive ? v > limit : v >= limit;
}

} // namespace

TrendChartView::TrendChartView(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    // QChartView makes its own chart; a replacement set with setChart() would orphan it.
    auto* chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    showMessage(tr("Choose a care process to see its trend"));
}

QString TrendChartView::title() const
{
    return chart()->title();
}

void TrendChartView::reset()
{
    auto* c = chart();
    c->removeAllSeries();
    for (auto* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_dateAxis = nullptr;
    m_valueAxis = nullptr;
}

void TrendChartView::showMessage(const QString& message)
{
    reset();
    chart()->setTitle(message);
    chart()->legend()->hide();
}

QString TrendChartView::formatNumber(double value) const
{
    return QLocale().toString(value, 'f', m_decimals);
}

QString TrendChartView::targetName(const TrendSeries& series, const Line& line, bool diastolic) const
{
    const double v = diastolic ? *line.value2 : line.value;
    const QString amount = tr("%1 %2").arg(formatNumber(v), QString::fromStdString(series.item().unitDisplay));
    QString words;
    if (line.side == Line::Side::Lower)
        words = tr("%1 or more").arg(amount);
    else if (line.inclusive)
        words = tr("%1 or less").arg(amount);
    else
        words = tr("less than %1").arg(amount);
    if (series.isPair())
        return diastolic ? tr("Diastolic target: %1").arg(words) : tr("Systolic target: %1").arg(words);
    return tr("Target: %1").arg(words);
}

QLineSeries* TrendChartView::addValues(const QString& name, const QString& objectName, const QColor& colour,
                                       const std::vector<std::pair<qint64, double>>& points, const QList<int>& flagged)
{
    auto* s = new QLineSeries;
    s->setObjectName(objectName);
    s->setName(name);
    QPen pen(colour);
    pen.setWidthF(2.5);
    s->setPen(pen);
    s->setPointsVisible(true);
    s->setMarkerSize(6);
    for (const auto& [x, y] : points)
        s->append(static_cast<qreal>(x), y);
    if (points.size() <= 24) {
        // Each value is labelled, so a nurse reads the number rather than estimating it.
        s->setPointLabelsVisible(true);
        s->setPointLabelsFormat(QStringLiteral("@yPoint"));
        s->setPointLabelsColor(colour);
        s->setPointLabelsClipping(false);
        QFont labelFont = font();
        labelFont.setBold(true);
        s->setPointLabelsFont(labelFont);
    }
    // Hovering a point says its value and date in full.
    connect(s, &QXYSeries::hovered, this, [this, name](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x())).date();
        const auto civil = base::CivilDate::fromYmd(day.year(), day.month(), day.day());
        QToolTip::showText(
            QCursor::pos(),
            tr("%1: %2 on %3").arg(name, formatNumber(point.y()), civil ? display(*civil) : day.toString(Qt::ISODate)));
    });
    chart()->addSeries(s);
    for (int i : flagged)
        s->setPointConfiguration(i, QXYSeries::PointConfiguration::Color, kAttention);
    return s;
}

QLineSeries* TrendChartView::addLine(const QString& name, const QString& objectName, const QPen& pen, qint64 x0,
                                     double y0, qint64 x1, double y1)
{
    auto* s = new QLineSeries;
    s->setObjectName(objectName);
    s->setName(name);
    s->setPen(pen);
    s->append(static_cast<qreal>(x0), y0);
    s->append(static_cast<qreal>(x1), y1);
    chart()->addSeries(s);
    return s;
}

void TrendChartView::setSeries(const TrendSeries& series, base::CivilDate today, base::CivilDate windowStart)
{
    reset();
    const auto& item = series.item();
    const QString name = QString::fromStdString(item.name);
    const QString unit = QString::fromStdString(item.unitDisplay);
    m_decimals = item.decimals;
    auto* c = chart();
    if (!TrendSeries::chartable(item)) {
        showMessage(tr("%1 is recorded in words, so it has no trend chart").arg(name));
        return;
    }
    if (series.empty()) {
        showMessage(tr("No %1 values recorded").arg(name));
        return;
    }
    const auto count = series.points().size();
    c->setTitle(count == 1 ? tr("%1 (%2): 1 value").arg(name, unit)
                           : tr("%1 (%2): %3 values").arg(name, unit).arg(count));
    c->legend()->show();

    // Time runs from a little before the first value to today, and always covers the window.
    const base::CivilDate first = std::min(series.points().front().date, windowStart);
    const qint64 xMin = msecs(first) - 20 * kDayMs;
    const qint64 xMax = msecs(std::max(today, series.points().back().date)) + 20 * kDayMs;

    std::vector<std::pair<qint64, double>> upper, lower;
    double yMin = series.points().front().value, yMax = yMin;
    for (const auto& p : series.points()) {
        upper.emplace_back(msecs(p.date), p.value);
        yMin = std::min(yMin, p.value);
        yMax = std::max(yMax, p.value);
        if (series.isPair() && p.value2) {
            lower.emplace_back(msecs(p.date), *p.value2);
            yMin = std::min(yMin, *p.value2);
            yMax = std::max(yMax, *p.value2);
        }
    }
    for (const auto& line : series.targets()) {
        yMin = std::min(yMin, line.value);
        yMax = std::max(yMax, line.value);
        if (series.isPair() && line.value2) {
            yMin = std::min(yMin, *line.value2);
            yMax = std::max(yMax, *line.value2);
        }
    }
    const double pad = std::max((yMax - yMin) * 0.15, std::pow(10.0, -m_decimals));
    yMin = std::max(0.0, yMin - pad);
    yMax += pad;

    bool anyFlagged = false;
    auto flaggedPoints = [&](const std::vector<std::pair<qint64, double>>& points, bool diastolic) {
        QList<int> flagged;
        for (std::size_t i = 0; i < points.size(); ++i)
            for (const auto& line : series.targets()) {
                if (diastolic && !line.value2)
                    continue;
                if (beyond(line, diastolic ? *line.value2 : line.value, points[i].second)) {
                    flagged << static_cast<int>(i);
                    break;
                }
            }
        anyFlagged = anyFlagged || !flagged.isEmpty();
        return flagged;
    };

    QList<QAbstractSeries*> all;
    if (series.isPair()) {
        all << addValues(tr("Systolic (%1)").arg(unit), QStringLiteral("valueSeries"), kValue, upper,
                         flaggedPoints(upper, false));
        all << addValues(tr("Diastolic (%1)").arg(unit), QStringLiteral("diastolicSeries"), kSecond, lower,
                         flaggedPoints(lower, true));
    } else {
        all << addValues(tr("%1 (%2)").arg(name, unit), QStringLiteral("valueSeries"), kValue, upper,
                         flaggedPoints(upper, false));
    }
    for (const auto& line : series.targets()) {
        QPen pen(series.isPair() ? kValue : kAttention);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.8);
        const QString objectName
            = line.side == Line::Side::Lower ? QStringLiteral("lowerTargetSeries") : QStringLiteral("targetSeries");
        all << addLine(targetName(series, line, false), objectName, pen, xMin, line.value, xMax, line.value);
        if (series.isPair() && line.value2) {
            pen.setColor(kSecond);
            all << addLine(targetName(series, line, true), QStringLiteral("diastolicTargetSeries"), pen, xMin,
                           *line.value2, xMax, *line.value2);
        }
    }
    if (anyFlagged) {
        // The dark red points are explained in the legend, not only by colour.
        auto* key = new QScatterSeries;
        key->setObjectName(QStringLiteral("beyondTargetKeySeries"));
        key->setName(tr("⚠ Beyond target"));
        key->setColor(kAttention);
        key->setBorderColor(kAttention);
        key->setMarkerSize(8);
        c->addSeries(key);
        all << key;
    }
    QPen windowPen(kWindow);
    windowPen.setStyle(Qt::DotLine);
    windowPen.setWidthF(1.5);
    const qint64 xWindow = msecs(windowStart.addDays(1));
    auto* windowLine = addLine(tr("15-month window starts %1").arg(display(windowStart.addDays(1))),
                               QStringLiteral("windowStartSeries"), windowPen, xWindow, yMin, xWindow, yMax);
    all << windowLine;

    m_dateAxis = new QDateTimeAxis;
    m_dateAxis->setFormat(QStringLiteral("dd-MMM-yyyy"));
    m_dateAxis->setTitleText(tr("Date"));
    m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(xMin), QDateTime::fromMSecsSinceEpoch(xMax));
    m_valueAxis = new QValueAxis;
    m_valueAxis->setTitleText(unit);
    m_valueAxis->setRange(yMin, yMax);
    m_valueAxis->applyNiceNumbers();
    // The window's line runs the full height of the plot.
    windowLine->replace(QList<QPointF>{QPointF(static_cast<qreal>(xWindow), m_valueAxis->min()),
                                       QPointF(static_cast<qreal>(xWindow), m_valueAxis->max())});
    m_valueAxis->setLabelFormat(m_decimals > 0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    c->addAxis(m_dateAxis, Qt::AlignBottom);
    c->addAxis(m_valueAxis, Qt::AlignLeft);
    for (auto* s : all) {
        s->attachAxis(m_dateAxis);
        s->attachAxis(m_valueAxis);
    }
    updateTickCount();
}

void TrendChartView::updateTickCount()
{
    if (!m_dateAxis)
        return;
    // About one date label per 120 pixels, so dd-MMM-yyyy never overlaps.
    const int width = static_cast<int>(chart()->plotArea().width() > 0 ? chart()->plotArea().width() : this->width());
    m_dateAxis->setTickCount(std::clamp(width / 120, 2, 10));
}

void TrendChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    updateTickCount();
}

} // namespace carehouse::ui
