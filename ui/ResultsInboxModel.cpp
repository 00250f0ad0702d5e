#include "ui/ResultsInboxModel.h"

#include "core/model/NhsNumber.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

ResultsInboxModel::ResultsInboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ResultsInboxModel::setItems(std::vector<results::InboxItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const results::InboxItem* ResultsInboxModel::item(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_items[static_cast<std::size_t>(row)];
}

int ResultsInboxModel::abnormalCount() const
{
    return static_cast<int>(
        std::count_if(m_items.begin(), m_items.end(), [](const results::InboxItem& i) { return !i.flag.empty(); }));
}

int ResultsInboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ResultsInboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsInboxModel::data(const QModelIndex& index, int role) const
{
    const auto* it = item(index.row());
    if (!it)
        return {};
    const bool flagged = !it->flag.empty();
    // Flagged in words as well as colour, as on the care processes tab, so it survives grey-scale.
    if (role == Qt::ForegroundRole && flagged && (index.column() == Flag || index.column() == Value))
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::FontRole && (index.column() == Value || (flagged && index.column() == Flag))) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Flag: return flagged ? QStringLiteral("⚠ ") + q(it->flag) : tr("Within target");
    case Name: return q(it->patientName);
    case NhsNumber: return q(model::displayNhsNumber(it->nhsNumber));
    case BirthDate: return it->birthDate.empty() ? tr("Not known") : q(it->birthDate);
    case Test: return q(it->itemName);
    case Value:
        if (!it->originalText.empty())
            return tr("%1 (%2)").arg(q(it->valueText), q(it->originalText));
        return q(it->valueText);
    case Date: return it->result.effective.valid() ? q(it->result.effective.display()) : tr("Not known");
    default: return {};
    }
}

QVariant ResultsInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Flag: return tr("Needs attention");
    case Name: return tr("Name");
    case NhsNumber: return tr("NHS number");
    case BirthDate: return tr("Born");
    case Test: return tr("Test");
    case Value: return tr("Result");
    case Date: return tr("Taken on");
    default: return {};
    }
}

} // namespace carehouse::ui
