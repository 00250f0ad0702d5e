#include "ui/PeerStatusModel.h"

#include "core/base/Clock.h"
#include "core/exchange/PeerDirectory.h"
#include "core/exchange/PeerHoldings.h"
#include "core/exchange/SharingRule.h"
#include "core/record/JournalVersionReader.h"
#include "core/record/RecordStore.h"
#include "ui/ErrorText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <unordered_set>

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString when(const std::optional<std::int64_t>& millis)
{
    return millis ? q(base::formatTimestamp(*millis)) : PeerStatusModel::tr("Never");
}

QString changes(std::int64_t n)
{
    if (n == 1)
        return PeerStatusModel::tr("1 change");
    return PeerStatusModel::tr("%1 changes").arg(QLocale().toString(static_cast<qlonglong>(n)));
}

} // namespace

PeerStatusModel::PeerStatusModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

base::Status PeerStatusModel::reload(record::RecordStore& store)
{
    auto peers = exchange::PeerDirectory(store).list();
    if (!peers)
        return peers.error();
    const bool mayCount = store.require(security::Permission::ExchangeRecords).ok();
    std::optional<exchange::SharingRule> rule;
    if (mayCount) {
        auto r = exchange::SharingRule::forStore(store);
        if (!r)
            return r.error();
        rule = std::move(r).value();
    }
    std::vector<Row> rows;
    for (auto& peer : *peers) {
        Row row;
        auto holds = exchange::PeerHoldings(store).of(peer.siteId);
        if (!holds)
            return holds.error();
        row.acknowledged = holds->count();
        if (mayCount && !peer.revoked()) {
            auto allowed = rule->patientsFor(store, peer);
            if (!allowed)
                return allowed.error();
            const std::unordered_set<std::string> mayHave(allowed->begin(), allowed->end());
            // Positions only, no payloads: the count costs what is waiting, not the journal.
            auto waiting = record::JournalVersionReader(store).notCoveredPositions(
                *holds, [&](const std::string& patientId) { return mayHave.count(patientId) > 0; });
            if (!waiting)
                return waiting.error();
            row.pending = waiting->seqs.size();
        }
        row.peer = std::move(peer);
        rows.push_back(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

void PeerStatusModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const PeerStatusModel::Row* PeerStatusModel::row(int index) const
{
    return index >= 0 && index < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(index)] : nullptr;
}

int PeerStatusModel::rowOfSite(const std::string& siteId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].peer.siteId == siteId)
            return static_cast<int>(i);
    return -1;
}

int PeerStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PeerStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeerStatusModel::sharingText(exchange::SharingScope scope)
{
    switch (scope) {
    case exchange::SharingScope::Consented: return tr("People consenting to shared care");
    case exchange::SharingScope::Referred: return tr("People referred to them");
    case exchange::SharingScope::All: return tr("Everyone (same care team)");
    case exchange::SharingScope::List: return tr("People on their list");
    }
    return {};
}

QVariant PeerStatusModel::data(const QModelIndex& index, int role) const
{
    const Row* r = row(index.row());
    if (!r)
        return {};
    const auto& p = r->peer;
    if (role == Qt::ForegroundRole) {
        if (p.revoked())
            return QBrush(QColor("#768692"));
        if (index.column() == LastError && !p.lastError.empty())
            return QBrush(QColor("#d5281b"));
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Pending || index.column() == Acknowledged))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LastError && !p.lastError.empty())
        return ErrorText::describeDetailCode(p.lastError);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return p.revoked() ? tr("%1 (removed)").arg(q(p.name)) : q(p.name);
    case Organisation:
        return p.odsCode.empty() ? q(p.organisationName) : tr("%1 (%2)").arg(q(p.organisationName), q(p.odsCode));
    case Sharing: return sharingText(p.sharing);
    case LastSent: return when(p.lastSentAt);
    case LastReceived: return when(p.lastReceivedAt);
    case Acknowledged: return r->acknowledged == 0 ? tr("Nothing yet") : changes(r->acknowledged);
    case Pending:
        if (!r->pending)
            return tr("—");
        return *r->pending == 0 ? tr("Up to date")
                                : tr("%1 waiting").arg(changes(static_cast<std::int64_t>(*r->pending)));
    case LastError:
        if (p.lastError.empty())
            return tr("None");
        {
            // The first sentence here; the whole wording in the tooltip and the page's detail.
            QString words = ErrorText::describeDetailCode(p.lastError);
            if (const auto stop = words.indexOf(QLatin1String(". ")); stop > 0)
                words.truncate(stop + 1);
            return tr("%1: %2").arg(when(p.lastErrorAt), words);
        }
    }
    return {};
}

QVariant PeerStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Peer site");
    case Organisation: return tr("Organisation");
    case Sharing: return tr("Shares");
    case LastSent: return tr("Last sent");
    case LastReceived: return tr("Last received");
    case Acknowledged: return tr("Acknowledged");
    case Pending: return tr("To send");
    case LastError: return tr("Last problem");
    }
    return {};
}

} // namespace carehouse::ui
