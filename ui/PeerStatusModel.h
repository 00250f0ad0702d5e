#pragma once

#include "core/base/Result.h"
#include "core/exchange/Peer.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

// The sites this one exchanges records with, one row each: name, organisation, sharing rule,
// last sent, last received, how much it has acknowledged, how many changes are waiting to go
// to it (versions it has not acknowledged, of the people its sharing rule allows) and its last
// error in words. Revoked peers are listed, greyed, with nothing pending.
class PeerStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Organisation,
        Sharing,
        LastSent,
        LastReceived,
        Acknowledged,
        Pending,
        LastError,
        ColumnCount
    };
    struct Row
    {
        exchange::Peer peer;
        std::int64_t acknowledged = 0; // versions the peer has said it holds
        std::optional<std::size_t> pending; // nullopt: not counted (revoked, or no permission)
    };

    explicit PeerStatusModel(QObject* parent = nullptr);

    // Reads every peer and its status from the record (needs ExchangeRecords for the counts).
    base::Status reload(record::RecordStore& store);
    void clear();
    const Row* row(int index) const;
    int rowOfSite(const std::string& siteId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString sharingText(exchange::SharingScope scope);

private:
    std::vector<Row> m_rows;
};

} // namespace carehouse::ui
