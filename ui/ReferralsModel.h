#pragma once

#include "core/model/Referral.h"

#include <QAbstractTableModel>
#include <vector>

namespace carehouse::ui {

// The person's referrals from care planning, newest first, with where each has got to (sent,
// accepted, seen, referred back, declined) so the nurse can follow them up at the next review.
class ReferralsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Service,
        Sent,
        Status,
        Note,
        ColumnCount
    };
    explicit ReferralsModel(QObject* parent = nullptr);
    void setReferrals(std::vector<model::Referral> referrals); // oldest first, as core reads them
    const model::Referral* referral(int row) const;
    static QString statusText(model::Referral::Status status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<model::Referral> m_referrals;
};

} // namespace carehouse::ui
