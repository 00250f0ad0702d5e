#include "ui/CareProcessModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace carehouse::ui {

CareProcessModel::CareProcessModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CareProcessModel::setRows(std::vector<record::CareProcessLatest> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CareProcessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CareProcessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CareProcessModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= rowCount())
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool recorded = row.latest.has_value() && !row.valueText.empty();
    // Rows of the same care process share its number and name; show them once.
    const bool firstOfProcess
        = index.row() == 0 || m_rows[static_cast<std::size_t>(index.row() - 1)].processNumber != row.processNumber;

    if (role == Qt::ForegroundRole && !recorded && (index.column() == LatestValue || index.column() == Date))
        return QBrush(QColor(0x6b, 0x6b, 0x6b));
    // Abnormal values are flagged in words as well as colour, so the flag survives a grey-scale print.
    const bool flagged = recorded && !row.flag.empty();
    if (role == Qt::ForegroundRole && flagged && (index.column() == LatestValue || index.column() == Flag))
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::FontRole && index.column() == Flag && flagged) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::FontRole && index.column() == LatestValue && recorded) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case Number: return firstOfProcess ? QVariant(row.processNumber) : QVariant();
    case Process: return firstOfProcess ? QString::fromStdString(row.processName) : QString();
    case Item: return QString::fromStdString(row.item.name);
    case LatestValue: return recorded ? QString::fromStdString(row.valueText) : tr("Not recorded");
    case Date:
        return recorded && row.latest->effective.valid() ? QString::fromStdString(row.latest->effective.display())
                                                         : tr("Not recorded");
    case Flag: return flagged ? QStringLiteral("⚠ ") + QString::fromStdString(row.flag) : QString();
    default: return {};
    }
}

QVariant CareProcessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("#");
    case Process: return tr("Care process");
    case Item: return tr("Item");
    case LatestValue: return tr("Latest value");
    case Date: return tr("Date");
    case Flag: return tr("Needs attention");
    default: return {};
    }
}

} // namespace carehouse::ui
