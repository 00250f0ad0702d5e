#pragma once

#ifndef Q_MOC_RUN // moc cannot parse <compare> (VersionId's operator<=>)
#include "core/record/RecordConflict.h"
#endif

#include <QAbstractTableModel>
#include <QStringList>
#include <optional>
#include <string>
#include <vector>

namespace carehouse::ui {

// One conflict's versions side by side: a column per version (the one shown now first), a row
// per field, the fields that differ first and highlighted. Each column's header says which
// version it is, who made it, at which site and when, and whether it marks the record entered
// in error.
class ConflictVersionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ConflictVersionsModel(QObject* parent = nullptr);

    void setConflict(std::optional<record::RecordConflict> conflict);
    const std::optional<record::RecordConflict>& conflict() const { return m_conflict; }
    bool differs(int row) const;
    QString fieldLabel(int row) const;

    // "Version A", "Version B", ...
    static QString versionName(int column);
    // Who, where, when: "Dr Gareth Lloyd (gp) at Riverside Medical Practice, 23-Nov-2026 12:00".
    static QString madeBy(const record::ConflictVersion& version);
    static QString fieldName(const std::string& key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<record::RecordConflict> m_conflict;
    std::vector<std::string> m_keys; // differing first, then the rest
    std::size_t m_differing = 0;
};

} // namespace carehouse::ui
