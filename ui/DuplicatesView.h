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
class QVBoxLayout;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class DuplicateComparisonModel;
class DuplicateListModel;
class MessageBanner;
class PatientBanner;

// Possible duplicates (issue 7 §3): NHS numbers held by two records no clinician has linked,
// met through an exchange. Choosing one shows each record's banner and the two side by side
// (who each says the person is, where and when it was started, what it holds), the differences
// highlighted. "Same person — keep using Record N" links the others to that record (never
// automatically, never on a name); "Not the same person…" says how to correct the NHS number
// that is wrong; each record can be opened.
class DuplicatesView : public QWidget
{
    Q_OBJECT

public:
    explicit DuplicatesView(QWidget* parent = nullptr);

    void setStore(record::RecordStore* store);
    void refresh();
    void selectRow(int row);
    // Shows the group holding this record (false when it is in none still open).
    bool selectPatient(const std::string& patientId);
    // Links every other shown record to the one at `column` (0 = Record 1).
    bool linkKeeping(int column);
    void explainNotSamePerson();

    DuplicateListModel* listModel() const { return m_listModel; }
    DuplicateComparisonModel* comparisonModel() const { return m_comparisonModel; }
    const std::vector<PatientBanner*>& banners() const { return m_banners; }
    const std::vector<QPushButton*>& linkButtons() const { return m_linkButtons; }
    QString messageText() const;
    QString countText() const;

signals:
    void patientChosen(const QString& patientId);
    void linked(const QString& mainPatientId);

private:
    void showSelected();
    void rebuildRecordWidgets();

    record::RecordStore* m_store = nullptr;
    QLabel* m_countLabel = nullptr;
    MessageBanner* m_messageBanner = nullptr;
    ShortListView* m_listView = nullptr;
    DuplicateListModel* m_listModel = nullptr;
    QWidget* m_detail = nullptr;
    QVBoxLayout* m_bannerLayout = nullptr;
    QLabel* m_explainLabel = nullptr;
    QTableView* m_comparisonView = nullptr;
    DuplicateComparisonModel* m_comparisonModel = nullptr;
    QHBoxLayout* m_linkLayout = nullptr;
    QHBoxLayout* m_openLayout = nullptr;
    QPushButton* m_notSameButton = nullptr;
    std::vector<QWidget*> m_recordRows; // one per record: its name and its banner
    std::vector<PatientBanner*> m_banners;
    std::vector<QPushButton*> m_linkButtons;
    std::vector<QPushButton*> m_openButtons;
    std::vector<std::string> m_shownIds; // the records on screen: a link is only ever between these
};

} // namespace carehouse::ui
