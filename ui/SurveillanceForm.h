#pragma once

#include "core/base/Error.h"
#include "core/base/Result.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/surveillance/SurveillanceEntry.h"

#include <QWidget>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

// The healthcare assistant's surveillance appointment, in the order it happens: weight and
// height (BMI shown as it is worked out), blood pressure readings (which one counts and why),
// smoking, both feet, eye screening, the tests sent, structured education and care planning
// explained. Thin: it builds a SurveillanceEntry from the widgets and lets
// surveillance::SurveillanceRecorder check, save and resume it. Problems show beside their
// field as the user leaves it; saving stays disabled while any is shown.
class SurveillanceForm : public QWidget
{
    Q_OBJECT

public:
    explicit SurveillanceForm(QWidget* parent = nullptr);

    void setStore(record::RecordStore* store);
    // Opens a person's appointment for today, resuming what was already saved today. Read-only
    // when the signed-in role may not record observations.
    base::Status openPatient(const std::string& patientId);
    void clear();

    // What the widgets hold now, as the recorder takes it.
    surveillance::SurveillanceEntry entry() const;
    bool readOnly() const { return m_readOnly; }
    // Something typed that is not saved yet (a value changed, a reading typed or added).
    bool hasUnsavedChanges() const;
    // Saves what is entered to finish later; false (with the reason shown) when it cannot be.
    bool saveForLater();
    const std::string& patientId() const { return m_patientId; }

signals:
    // After a successful save (complete or not), so the patient page can refresh.
    void saved(bool completed);

private:
    // Problem shown beside one field: the words, a one-click fix for a likely wrong unit and
    // a "Value is correct" box for a value outside the plausible range.
    struct ProblemRow
    {
        QLabel* label = nullptr;
        QPushButton* suggestion = nullptr;
        QCheckBox* confirm = nullptr;
        std::vector<std::string> ids; // catalogue item ids shown here
        std::vector<QWidget*> outlined; // fields given the red outline
        QString suggestedText; // the value the suggestion fills
        std::string suggestedUnit;
    };

    void build();
    QGroupBox* buildMeasurements();
    QGroupBox* buildBloodPressure();
    QGroupBox* buildSmoking();
    QGroupBox* buildFeet();
    QGroupBox* buildEye();
    QGroupBox* buildTests();
    QGroupBox* buildEducation();
    QGroupBox* buildCarePlanning();
    QComboBox* categoryCombo(const char* itemId, const char* objectName);
    QComboBox* unitCombo(const char* itemId, const char* objectName, const QString& key);
    ProblemRow* addProblemRow(const QString& key, std::vector<std::string> ids, std::vector<QWidget*> outlined,
                              QGridLayout* grid, int row, int column, int columnSpan);
    void setTabOrderInAppointmentOrder();

    void setEntry(const surveillance::SurveillanceEntry& e);
    void setReadOnly(bool readOnly, const QString& why);
    void updateHeader();

    // Checks the whole entry; shows problems for the fields the user has left (all of them
    // when `everything`) and updates BMI, the counted reading, the overall foot risk and the
    // buttons.
    void revalidate(bool everything = false);
    void onFieldLeft(const QString& key);
    void updateBmi(const std::vector<base::Error>& problems);
    void updateReadings();
    void updateSmoking();
    void updateFeet();
    void updateFlags();
    // The problems of the reading typed but not yet added, with these confirmations.
    std::vector<base::Error> typedReadingProblems(const std::set<std::string>& confirmed) const;
    // ErrorText's sentence, naming the item as the form shows it.
    QString describe(const base::Error& error, bool confirmable) const;

    void addReading();
    void removeReading();
    void applySuggestion(ProblemRow* row);
    bool save(bool complete);
    surveillance::SurveillanceEntry m_savedEntry; // as opened or last saved

    record::RecordStore* m_store = nullptr;
    std::shared_ptr<const clinical::CareProcessCatalogue> m_catalogue;
    std::string m_patientId;
    bool m_higherRiskBackground = false;
    bool m_readOnly = false;
    bool m_bloodsAlreadySent = false;
    bool m_urineAlreadySent = false;
    std::vector<surveillance::BloodPressureReading> m_readings;
    std::set<QString> m_touched; // fields the user has left: their problems are shown

    QLabel* m_headerLabel = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_problemsSummaryLabel = nullptr;

    QLineEdit* m_weightLineEdit = nullptr;
    QComboBox* m_weightUnitComboBox = nullptr;
    QLineEdit* m_heightLineEdit = nullptr;
    QComboBox* m_heightUnitComboBox = nullptr;
    QLabel* m_bmiValueLabel = nullptr;
    QLabel* m_bmiBandLabel = nullptr;

    QLineEdit* m_systolicLineEdit = nullptr;
    QLineEdit* m_diastolicLineEdit = nullptr;
    QPushButton* m_addReadingPushButton = nullptr;
    QTableWidget* m_bpReadingsTableWidget = nullptr;
    QPushButton* m_removeReadingPushButton = nullptr;
    QLabel* m_countedReadingLabel = nullptr;

    QComboBox* m_smokingComboBox = nullptr;
    QLabel* m_smokingFlagLabel = nullptr;
    QComboBox* m_smokingAdviceComboBox = nullptr;
    QComboBox* m_footLeftComboBox = nullptr;
    QComboBox* m_footRightComboBox = nullptr;
    QLabel* m_footOverallLabel = nullptr;
    QComboBox* m_eyeComboBox = nullptr;
    QLabel* m_eyeFlagLabel = nullptr;
    QCheckBox* m_bloodsSentCheckBox = nullptr;
    QCheckBox* m_urineSentCheckBox = nullptr;
    QLabel* m_testsNoteLabel = nullptr;
    QComboBox* m_educationComboBox = nullptr;
    QComboBox* m_carePlanningComboBox = nullptr;

    QPushButton* m_saveLaterPushButton = nullptr;
    QPushButton* m_completePushButton = nullptr;

    std::map<QString, std::unique_ptr<ProblemRow>> m_problemRows;
    std::vector<QWidget*> m_inputs; // everything read-only mode disables
};

} // namespace carehouse::ui
