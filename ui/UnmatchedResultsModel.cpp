#include "ui/UnmatchedResultsModel.h"

#include "core/model/NhsNumber.h"

#include <QBrush>
#include <QColor>

namespace carehouse::ui {

using model::UnmatchedResult;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString nhsAsReceived(const std::string& received)
{
    const auto digits = model::NhsNumber::digitsOnly(received);
    return digits.size() == 10 ? q(model::displayNhsNumber(digits)) : q(received);
}

} // namespace

UnmatchedResultsModel::UnmatchedResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void UnmatchedResultsModel::setItems(std::vector<results::UnmatchedItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const results::UnmatchedItem* UnmatchedResultsModel::item(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_items[static_cast<std::size_t>(row)];
}

QString UnmatchedResultsModel::receivedBirthDate(const UnmatchedResult& r)
{
    if (r.birthDate.empty())
        return tr("Not given");
    if (auto d = base::CivilDate::parse(r.birthDate); d.ok())
        return q(d->display());
    return q(r.birthDate);
}

QString UnmatchedResultsModel::reasonText(const UnmatchedResult& r)
{
    switch (r.reason) {
    case UnmatchedResult::Reason::NoNhsNumber:
        if (r.nhsNumber.empty())
            return tr("The result has no NHS number");
        return tr("\"%1\" is not a valid NHS number").arg(q(r.nhsNumber));
    case UnmatchedResult::Reason::NotOnRegister:
        return tr("No one here has NHS number %1").arg(nhsAsReceived(r.nhsNumber));
    case UnmatchedResult::Reason::BirthDateDiffers: return tr("Date of birth differs from the register");
    case UnmatchedResult::Reason::TwoRecords:
        return tr("Two records have NHS number %1: compare them under Possible duplicates")
            .arg(nhsAsReceived(r.nhsNumber));
    }
    return tr("Not known");
}

int UnmatchedResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int UnmatchedResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnmatchedResultsModel::data(const QModelIndex& index, int role) const
{
    const auto* it = item(index.row());
    if (!it)
        return {};
    const auto& r = it->result;
    if (role == Qt::ForegroundRole && index.column() == Reason)
        return QBrush(QColor(0x8a, 0x4b, 0x00));
    if (role == Qt::ForegroundRole && index.column() == BirthDate
        && r.reason == UnmatchedResult::Reason::BirthDateDiffers)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Reason: return reasonText(r);
    case NhsNumber: return r.nhsNumber.empty() ? tr("Not given") : nhsAsReceived(r.nhsNumber);
    case BirthDate: return receivedBirthDate(r);
    case Test: return it->itemName.empty() ? q(r.code) : q(it->itemName);
    case Value: return q(it->valueText);
    case Date: return r.effective.valid() ? q(r.effective.display()) : tr("Not known");
    case Received: return r.receivedOn.valid() ? q(r.receivedOn.display()) : tr("Not known");
    case File: return q(r.sourceFile);
    default: return {};
    }
}

QVariant UnmatchedResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reason: return tr("Why it was not attached");
    case NhsNumber: return tr("NHS number given");
    case BirthDate: return tr("Born (as given)");
    case Test: return tr("Test");
    case Value: return tr("Result");
    case Date: return tr("Taken on");
    case Received: return tr("Received");
    case File: return tr("File");
    default: return {};
    }
}

} // namespace carehouse::ui
