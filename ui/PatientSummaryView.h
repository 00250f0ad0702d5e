#pragma once

#include "core/record/PatientSummary.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableView;

namespace carehouse::ui {

class CareProcessModel;

// The Summary tab: diabetes and other conditions, contact details (no address on a restricted
// record) and the latest value of each care process.
class PatientSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit PatientSummaryView(QWidget* parent = nullptr);
    void setSummary(const record::PatientSummary& summary);
    CareProcessModel* careProcessModel() const { return m_careProcessModel; }

private:
    QLabel* addValue(QFormLayout* form, const QString& label, const char* objectName);

    QLabel* m_diabetesLabel = nullptr;
    QLabel* m_otherConditionsLabel = nullptr;
    QLabel* m_practiceLabel = nullptr;
    QLabel* m_consentLabel = nullptr;
    QLabel* m_reviewLabel = nullptr;
    QLabel* m_addressLabel = nullptr;
    QLabel* m_phoneLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLabel* m_largePrintLabel = nullptr;
    QTableView* m_careProcessesView = nullptr;
    CareProcessModel* m_careProcessModel = nullptr;
};

} // namespace carehouse::ui
