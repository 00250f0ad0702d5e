#pragma once

#include "core/record/PatientListItem.h"
#include "core/results/UnmatchedResults.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class MessageBanner;
class PatientSearchModel;

// Matches an unmatched result to a person by hand: search for them, choose one, and confirm
// their name, date of birth and NHS number before the result is attached. Never by guess.
class MatchPersonDialog : public QDialog
{
    Q_OBJECT

public:
    MatchPersonDialog(record::RecordStore& store, results::UnmatchedItem item, QWidget* parent = nullptr);

    void search(const QString& text);
    void choose(int row);
    QString confirmationText() const;
    const std::string& observationId() const { return m_observationId; }

    void accept() override;

private:
    void updateConfirmation();

    record::RecordStore& m_store;
    results::UnmatchedItem m_item;
    std::optional<record::PatientListItem> m_chosen;
    std::string m_observationId;
    QLineEdit* m_searchLineEdit = nullptr;
    QTableView* m_resultsView = nullptr;
    PatientSearchModel* m_model = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QCheckBox* m_confirmCheckBox = nullptr;
    QPushButton* m_matchButton = nullptr;
    MessageBanner* m_banner = nullptr;
};

} // namespace carehouse::ui
