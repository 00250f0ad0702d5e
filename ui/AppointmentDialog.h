#pragma once

#include "core/model/Appointment.h"

#include <QDialog>
#include <string>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class MessageBanner;

// Books one person's appointment in the cycle: the tests with the healthcare assistant or the
// care planning conversation with the nurse; date, 24-hour time, with whom and where.
class AppointmentDialog : public QDialog
{
    Q_OBJECT

public:
    AppointmentDialog(record::RecordStore& store, std::string patientId, const QString& name,
                      model::Appointment::Type type, QWidget* parent = nullptr);

    const std::string& bookedId() const { return m_bookedId; }
    void accept() override;

private:
    record::RecordStore& m_store;
    std::string m_patientId;
    std::string m_bookedId;
    QComboBox* m_typeComboBox = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QTimeEdit* m_timeEdit = nullptr;
    QLineEdit* m_withWhomLineEdit = nullptr;
    QLineEdit* m_placeLineEdit = nullptr;
    MessageBanner* m_banner = nullptr;
};

} // namespace carehouse::ui
