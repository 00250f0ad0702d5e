#include "ui/CareProcessGridModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace carehouse::ui {

using clinical::CareProcessStatus;

namespace {

const QColor kAttention(0xb0, 0x1c, 0x1c); // dark red, as the summary's flags
const QColor kDone(0x1e, 0x6b, 0x30); // dark green
const QColor kMuted(0x6b, 0x6b, 0x6b);
const QString kWarning = QStringLiteral("⚠ ");

QString date(base::CivilDate d)
{
    return QString::fromStdString(d.display());
}

} // namespace

CareProcessGridModel::CareProcessGridModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CareProcessGridModel::setStatuses(std::vector<CareProcessStatus> statuses)
{
    beginResetModel();
    m_statuses = std::move(statuses);
    endResetModel();
}

const CareProcessStatus* CareProcessGridModel::statusAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_statuses[static_cast<std::size_t>(row)];
}

int CareProcessGridModel::doneCount() const
{
    int n = 0;
    for (const auto& s : m_statuses)
        n += s.doneInWindow() ? 1 : 0;
    return n;
}

int CareProcessGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_statuses.size());
}

int CareProcessGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CareProcessGridModel::valueText(const CareProcessStatus& s) const
{
    if (s.window() == CareProcessStatus::Window::NotRecorded) {
        // The main item is missing; say so, but still show what else was measured.
        QStringList others;
        for (std::size_t i = 1; i < s.items().size(); ++i)
            if (s.items()[i].recorded())
                others << tr("%1 %2 (%3)")
                              .arg(QString::fromStdString(s.items()[i].item.name),
                                   QString::fromStdString(s.items()[i].valueText),
                                   date(s.items()[i].latest->effective));
        return others.isEmpty() ? tr("Not recorded") : tr("Not recorded; %1").arg(others.join(tr(", ")));
    }
    QString text = QString::fromStdString(s.valueText());
    QStringList others;
    for (std::size_t i = 1; i < s.items().size(); ++i) {
        const auto& item = s.items()[i];
        if (!item.recorded())
            continue;
        QString part = tr("%1 %2").arg(QString::fromStdString(item.item.name), QString::fromStdString(item.valueText));
        if (item.latest->effective != s.date())
            part = tr("%1 (%2)").arg(part, date(item.latest->effective));
        others << part;
    }
    if (!others.isEmpty())
        text = tr("%1 · %2").arg(text, others.join(tr(" · ")));
    return text;
}

QString CareProcessGridModel::windowText(const CareProcessStatus& s) const
{
    switch (s.window()) {
    case CareProcessStatus::Window::Done: return tr("Done");
    case CareProcessStatus::Window::NotDone: return kWarning + tr("Not done in the last 15 months");
    case CareProcessStatus::Window::NotRecorded: return kWarning + tr("Not done: never recorded");
    }
    return {};
}

QString CareProcessGridModel::targetText(const CareProcessStatus& s) const
{
    switch (s.target()) {
    case CareProcessStatus::Target::Flagged: return kWarning + QString::fromStdString(s.flag());
    case CareProcessStatus::Target::WithinTarget: return tr("Within target");
    case CareProcessStatus::Target::NoTarget: return tr("No target set");
    case CareProcessStatus::Target::NotRecorded: return tr("Not recorded");
    }
    return {};
}

QString CareProcessGridModel::toolTip(const CareProcessStatus& s, int column) const
{
    if (column == InWindow) {
        const QString since = date(s.windowStartDate().addDays(1));
        switch (s.window()) {
        case CareProcessStatus::Window::Done:
            return tr("Counts for the National Diabetes Audit: done on %1, on or after %2.").arg(date(s.date()), since);
        case CareProcessStatus::Window::NotDone:
            return tr("The latest value is from %1, before %2: it does not count as done.").arg(date(s.date()), since);
        case CareProcessStatus::Window::NotRecorded:
            return tr("%1 has never been recorded.").arg(QString::fromStdString(s.processName()));
        }
    }
    if (column == LastValue && s.main().recorded())
        return s.main().count == 1 ? tr("1 value recorded") : tr("%1 values recorded").arg(s.main().count);
    return {};
}

QVariant CareProcessGridModel::data(const QModelIndex& index, int role) const
{
    const auto* s = statusAt(index.row());
    if (!s || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool recorded = s->window() != CareProcessStatus::Window::NotRecorded;
    const bool flagged = s->target() == CareProcessStatus::Target::Flagged;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Process: return tr("%1. %2").arg(s->processNumber()).arg(QString::fromStdString(s->processName()));
        case LastValue: return valueText(*s);
        case Date: return recorded ? date(s->date()) : tr("Not recorded");
        case InWindow: return windowText(*s);
        case AgainstTarget: return targetText(*s);
        default: return {};
        }
    case Qt::ForegroundRole:
        // Problems are said in words as well as colour, so they survive a grey-scale print.
        if (column == InWindow)
            return QBrush(s->doneInWindow() ? kDone : kAttention);
        if (column == AgainstTarget && flagged)
            return QBrush(kAttention);
        if (column == LastValue && flagged && recorded)
            return QBrush(kAttention);
        if (column == Date && s->window() == CareProcessStatus::Window::NotDone)
            return QBrush(kAttention);
        if ((column == LastValue || column == Date || column == AgainstTarget) && !recorded)
            return QBrush(kMuted);
        return {};
    case Qt::FontRole:
        if ((column == LastValue && recorded) || (column == AgainstTarget && flagged)
            || (column == InWindow && !s->doneInWindow())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole: return toolTip(*s, column);
    default: return {};
    }
}

QVariant CareProcessGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Process: return tr("Care process");
    case LastValue: return tr("Latest value");
    case Date: return tr("Date");
    case InWindow: return tr("In the last 15 months");
    case AgainstTarget: return tr("Against target");
    default: return {};
    }
}

} // namespace carehouse::ui
