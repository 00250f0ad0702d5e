#pragma once

#include "core/base/CivilDate.h"
#include "core/model/Patient.h"

#include <QFrame>

class QLabel;

namespace carehouse::ui {

// The NHS CUI patient banner shown at the top of every patient screen:
// name, date of birth with age, gender and NHS number.
class PatientBanner : public QFrame
{
    Q_OBJECT

public:
    explicit PatientBanner(QWidget* parent = nullptr);
    void setPatient(const model::Patient& patient, base::CivilDate today);
    void clear();

private:
    QLabel* m_nameLabel = nullptr;
    QLabel* m_bornLabel = nullptr;
    QLabel* m_genderLabel = nullptr;
    QLabel* m_nhsNumberLabel = nullptr;
    QLabel* m_restrictedLabel = nullptr;
};

} // namespace carehouse::ui
