#include "ui/ReferralsModel.h"

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

QString date(base::CivilDate d)
{
    return d.valid() ? q(d.display()) : QString();
}

} // namespace

ReferralsModel::ReferralsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReferralsModel::setReferrals(std::vector<model::Referral> referrals)
{
    beginResetModel();
    m_referrals = std::move(referrals);
    std::reverse(m_referrals.begin(), m_referrals.end());
    endResetModel();
}

const model::Referral* ReferralsModel::referral(int row) const
{
    return row >= 0 && row < static_cast<int>(m_referrals.size()) ? &m_referrals[static_cast<std::size_t>(row)]
                                                                  : nullptr;
}

QString ReferralsModel::statusText(model::Referral::Status status)
{
    using S = model::Referral::Status;
    switch (status) {
    case S::Sent: return tr("Sent, waiting");
    case S::Accepted: return tr("Accepted");
    case S::Seen: return tr("Seen");
    case S::ReferredBack: return tr("Referred back");
    case S::Declined: return tr("Declined");
    }
    return {};
}

int ReferralsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_referrals.size());
}

int ReferralsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralsModel::data(const QModelIndex& index, int role) const
{
    const auto* r = referral(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Service: return q(r->serviceName);
        case Sent: return date(r->sentOn);
        case Status:
            return r->statusOn.valid() && r->statusOn != r->sentOn
                ? tr("%1 (%2)").arg(statusText(r->status), date(r->statusOn))
                : statusText(r->status);
        case Note: return q(r->note.empty() ? r->reason : r->note);
        default: return {};
        }
    }
    // A referral still open is followed up: it stands out from the finished ones.
    if (role == Qt::ForegroundRole && index.column() == Status && !r->open())
        return QBrush(QColor(0x6b, 0x6b, 0x6b));
    if (role == Qt::FontRole && index.column() == Status && r->open()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant ReferralsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Service: return tr("Referred to");
    case Sent: return tr("Sent");
    case Status: return tr("Where it has got to");
    case Note: return tr("Note");
    default: return {};
    }
}

} // namespace carehouse::ui
