#include "ui/PatientSearchModel.h"

#include "core/model/NhsNumber.h"
#include "core/model/Patient.h"

#include <QBrush>
#include <QColor>

namespace carehouse::ui {

PatientSearchModel::PatientSearchModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PatientSearchModel::setItems(std::vector<record::PatientListItem> items, base::CivilDate today)
{
    beginResetModel();
    m_items = std::move(items);
    m_today = today;
    endResetModel();
}

void PatientSearchModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

const record::PatientListItem* PatientSearchModel::item(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_items.size()))
        return nullptr;
    return &m_items[static_cast<std::size_t>(row)];
}

int PatientSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int PatientSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientSearchModel::data(const QModelIndex& index, int role) const
{
    const auto* it = item(index.row());
    if (!it)
        return {};
    if (role == Qt::UserRole)
        return QString::fromStdString(it->id);
    if (index.column() == NhsNumber && it->otherRecord && !it->linked && role == Qt::ForegroundRole)
        return QBrush(QColor(0x8a, 0x4b, 0x00));
    if (index.column() == NhsNumber && it->otherRecord && role == Qt::ToolTipRole)
        return it->linked ? tr("A clinician linked this record to the person's main record: open both")
                          : tr("Two records have this NHS number: compare them under Sync > Possible duplicates");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: {
        model::Patient p;
        p.title = it->title;
        p.givenName = it->givenName;
        p.familyName = it->familyName;
        return QString::fromStdString(model::bannerName(p));
    }
    case Born: return it->birthDate.valid() ? QString::fromStdString(it->birthDate.display()) : tr("Not known");
    case Age: return QString::fromStdString(base::formatAge(it->birthDate, m_today));
    case Gender: return QString::fromStdString(std::string(model::genderDisplay(it->gender)));
    case NhsNumber: {
        const auto nhs = QString::fromStdString(model::displayNhsNumber(it->nhsNumber));
        if (!it->otherRecord)
            return nhs;
        return it->linked ? tr("%1 · linked record").arg(nhs) : tr("%1 · two records").arg(nhs);
    }
    case Postcode:
        if (it->restricted)
            return tr("Withheld (restricted)");
        return it->postcode.empty() ? tr("Not known") : QString::fromStdString(it->postcode);
    default: return {};
    }
}

QVariant PatientSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Born: return tr("Born");
    case Age: return tr("Age");
    case Gender: return tr("Gender");
    case NhsNumber: return tr("NHS number");
    case Postcode: return tr("Postcode");
    default: return {};
    }
}

} // namespace carehouse::ui
