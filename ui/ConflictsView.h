#pragma once

#include <QWidget>
#include <string>
#include <vector>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace carehouse::ui {
class ShortListView;
}

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class ConflictListModel;
class ConflictVersionsModel;
class MessageBanner;
class PatientBanner;

// The conflicts list and its resolution screen (issue 7 §4): records whose versions from two
// sites disagree, with the person (banner name, NHS number, date of birth), the kind of record
// and when it was found. Choosing one shows the person's banner (it is a patient screen), the
// versions side by side with who, which site and when, the differing fields highlighted, and a
// "Keep this version" button for each. Keeping writes through ConflictBook::resolve with the
// versions on screen: if another arrived meanwhile the choice is refused and the screen shows
// the versions as they are now.
class ConflictsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsView(QWidget* parent = nullptr);

    void setStore(record::RecordStore* store);
    void refresh();
    // Shows this record's conflict (false when it has none open).
    bool selectRecord(const std::string& recordId);
    void selectRow(int row);
    // Keeps the shown conflict's version at `column` (0 = Version A).
    bool keepVersion(int column);

    ConflictListModel* listModel() const { return m_listModel; }
    ConflictVersionsModel* versionsModel() const { return m_versionsModel; }
    PatientBanner* banner() const { return m_patientBanner; }
    QString messageText() const;
    QString countText() const;
    const std::vector<QPushButton*>& keepButtons() const { return m_keepButtons; }

signals:
    void resolved(const QString& patientId);
    void patientChosen(const QString& patientId);

private:
    void showSelected();
    void rebuildKeepButtons();

    record::RecordStore* m_store = nullptr;
    QLabel* m_countLabel = nullptr;
    MessageBanner* m_messageBanner = nullptr;
    ShortListView* m_listView = nullptr;
    ConflictListModel* m_listModel = nullptr;
    QWidget* m_detail = nullptr;
    PatientBanner* m_patientBanner = nullptr;
    QLabel* m_explainLabel = nullptr;
    QTableView* m_versionsView = nullptr;
    ConflictVersionsModel* m_versionsModel = nullptr;
    QHBoxLayout* m_keepLayout = nullptr;
    QPushButton* m_openPatientButton = nullptr;
    std::vector<QPushButton*> m_keepButtons;
    std::string m_shownPatientId; // whose banner is up: a choice is only ever for that person
    QString m_shownName;
};

} // namespace carehouse::ui
