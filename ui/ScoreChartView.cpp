#include "ui/ScoreChartView.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace carehouse::ui {

namespace {

const QColor kValue(0x00, 0x5e, 0xb8); // NHS blue
const QColor kAttention(0xb0, 0x1c, 0x1c); // dark red
const QColor kBand(0x76, 0x76, 0x76);
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

qint64 msecs(base::CivilDate d)
{
    return QDateTime(QDate(d.year(), d.month(), d.day()), QTime(12, 0)).toMSecsSinceEpoch();
}

} // namespace

ScoreChartView::ScoreChartView(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    auto* chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    showMessage(tr("Choose a questionnaire to see its scores over time"));
}

QString ScoreChartView::title() const
{
    return chart()->title();
}

void ScoreChartView::reset()
{
    auto* c = chart();
    c->removeAllSeries();
    for (auto* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_dateAxis = nullptr;
    m_valueAxis = nullptr;
    m_scoreSeries = nullptr;
}

void ScoreChartView::showMessage(const QString& message)
{
    reset();
    chart()->setTitle(message);
    chart()->legend()->hide();
}

void ScoreChartView::setScores(const questionnaire::Questionnaire& definition,
                               const std::vector<questionnaire::ResponseHistory::ScorePoint>& points,
                               base::CivilDate today)
{
    reset();
    const QString name = QString::fromStdString(definition.displayTitle());
    if (!definition.scored()) {
        showMessage(tr("%1 has no score, so it has no chart").arg(name));
        return;
    }
    if (points.empty()) {
        showMessage(tr("No %1 completed yet").arg(name));
        return;
    }
    auto* c = chart();
    c->setTitle(points.size() == 1 ? tr("%1: 1 score").arg(name) : tr("%1: %2 scores").arg(name).arg(points.size()));
    c->legend()->show();

    const qint64 xMin = msecs(points.front().authored) - 30 * kDayMs;
    const qint64 xMax = msecs(std::max(today, points.back().authored)) + 30 * kDayMs;
    double yMax = definition.scoring.maxScore.value_or(0);
    for (const auto& p : points)
        yMax = std::max(yMax, p.total);

    QList<QAbstractSeries*> all;
    m_scoreSeries = new QLineSeries;
    m_scoreSeries->setObjectName("scoreSeries");
    m_scoreSeries->setName(tr("Total score"));
    QPen pen(kValue);
    pen.setWidthF(2.5);
    m_scoreSeries->setPen(pen);
    m_scoreSeries->setPointsVisible(true);
    m_scoreSeries->setMarkerSize(7);
    for (const auto& p : points)
        m_scoreSeries->append(static_cast<qreal>(msecs(p.authored)), p.total);
    m_scoreSeries->setPointLabelsVisible(true);
    m_scoreSeries->setPointLabelsFormat(QStringLiteral("@yPoint"));
    m_scoreSeries->setPointLabelsColor(kValue);
    m_scoreSeries->setPointLabelsClipping(false);
    QFont labelFont = font();
    labelFont.setBold(true);
    m_scoreSeries->setPointLabelsFont(labelFont);
    c->addSeries(m_scoreSeries);
    all << m_scoreSeries;
    bool anyAlert = false;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].safetyAlert) {
            m_scoreSeries->setPointConfiguration(static_cast<int>(i), QXYSeries::PointConfiguration::Color, kAttention);
            anyAlert = true;
        }

    // Each band from its lower edge (the first band starts at 0 and needs no line).
    const auto& bands = definition.scoring.bands;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        if (bands[i].min <= 0)
            continue;
        auto* line = new QLineSeries;
        line->setObjectName(QStringLiteral("bandLine_%1").arg(QString::fromStdString(bands[i].code)));
        line->setName(QString::fromStdString(bands[i].label)); // the label says its range: "Moderate (10-14)"
        QPen bandPen(kBand);
        bandPen.setStyle(Qt::DashLine);
        bandPen.setWidthF(1.2);
        line->setPen(bandPen);
        line->append(static_cast<qreal>(xMin), bands[i].min);
        line->append(static_cast<qreal>(xMax), bands[i].min);
        c->addSeries(line);
        all << line;
    }
    if (anyAlert) {
        auto* key = new QScatterSeries;
        key->setObjectName("safetyAlertKeySeries");
        key->setName(tr("⚠ Safety alert raised"));
        key->setColor(kAttention);
        key->setBorderColor(kAttention);
        key->setMarkerSize(8);
        c->addSeries(key);
        all << key;
    }

    m_dateAxis = new QDateTimeAxis;
    m_dateAxis->setFormat(QStringLiteral("dd-MMM-yyyy"));
    m_dateAxis->setTitleText(tr("Date completed"));
    m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(xMin), QDateTime::fromMSecsSinceEpoch(xMax));
    m_dateAxis->setTickCount(3); // first, middle and last: dd-MMM-yyyy never cut short
    m_valueAxis = new QValueAxis;
    m_valueAxis->setTitleText(tr("Score"));
    m_valueAxis->setRange(0, yMax > 0 ? yMax : 1);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_dateAxis, Qt::AlignBottom);
    c->addAxis(m_valueAxis, Qt::AlignLeft);
    for (auto* s : all) {
        s->attachAxis(m_dateAxis);
        s->attachAxis(m_valueAxis);
    }
}

} // namespace carehouse::ui
