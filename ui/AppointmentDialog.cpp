#include "ui/AppointmentDialog.h"

#include "core/recall/RecallBook.h"
#include "core/record/RecordStore.h"
#include "ui/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace carehouse::ui {

using model::Appointment;

AppointmentDialog::AppointmentDialog(record::RecordStore& store, std::string patientId, const QString& name,
                                     Appointment::Type type, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_patientId(std::move(patientId))
{
    setObjectName("appointmentDialog");
    setWindowTitle(tr("Book an appointment"));

    auto* who = new QLabel(tr("Appointment for <b>%1</b>.").arg(name.toHtmlEscaped()), this);
    who->setObjectName("appointmentWhoLabel");

    m_typeComboBox = new QComboBox(this);
    m_typeComboBox->setObjectName("appointmentTypeComboBox");
    m_typeComboBox->addItem(tr("Tests with the healthcare assistant (about 15 minutes)"),
                            static_cast<int>(Appointment::Type::Surveillance));
    m_typeComboBox->addItem(tr("Care planning with the nurse (about 30 minutes)"),
                            static_cast<int>(Appointment::Type::CarePlanning));
    m_typeComboBox->setCurrentIndex(type == Appointment::Type::CarePlanning ? 1 : 0);

    const auto today = store.clock().today();
    m_dateEdit = new QDateEdit(QDate(today.year(), today.month(), today.day()).addDays(7), this);
    m_dateEdit->setObjectName("appointmentDateEdit");
    m_dateEdit->setDisplayFormat("dd-MMM-yyyy");
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMinimumDate(QDate(today.year(), today.month(), today.day()));

    m_timeEdit = new QTimeEdit(QTime(9, 0), this);
    m_timeEdit->setObjectName("appointmentTimeEdit");
    m_timeEdit->setDisplayFormat("HH:mm");

    m_withWhomLineEdit = new QLineEdit(this);
    m_withWhomLineEdit->setObjectName("appointmentWithWhomLineEdit");
    m_withWhomLineEdit->setPlaceholderText(tr("e.g. Hannah Osei (HCA)"));
    m_placeLineEdit = new QLineEdit(this);
    m_placeLineEdit->setObjectName("appointmentPlaceLineEdit");
    m_placeLineEdit->setPlaceholderText(tr("e.g. Room 3"));

    m_banner = new MessageBanner(this);
    m_banner->setObjectName("appointmentMessageLabel");

    auto* form = new QFormLayout;
    form->addRow(tr("Appointment"), m_typeComboBox);
    form->addRow(tr("Date"), m_dateEdit);
    form->addRow(tr("Time (24-hour)"), m_timeEdit);
    form->addRow(tr("With"), m_withWhomLineEdit);
    form->addRow(tr("Where"), m_placeLineEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* book = buttons->addButton(tr("Book"), QDialogButtonBox::AcceptRole);
    book->setObjectName("bookAppointmentOkButton");
    book->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void AppointmentDialog::accept()
{
    const QDate d = m_dateEdit->date();
    const auto day = base::CivilDate::fromYmd(d.year(), d.month(), d.day());
    if (!day) {
        m_banner->showError(base::Error::make(base::ErrorCode::DateFormat, "date", d.toString().toStdString()));
        return;
    }
    Appointment a;
    a.patientId = m_patientId;
    a.type = static_cast<Appointment::Type>(m_typeComboBox->currentData().toInt());
    a.date = *day;
    const QTime t = m_timeEdit->time();
    a.minuteOfDay = t.hour() * 60 + t.minute();
    a.withWhom = m_withWhomLineEdit->text().trimmed().toStdString();
    a.place = m_placeLineEdit->text().trimmed().toStdString();
    auto booked = recall::RecallBook(m_store).book(a);
    if (!booked) {
        m_banner->showError(booked.error());
        return;
    }
    m_bookedId = *booked;
    QDialog::accept();
}

} // namespace carehouse::ui
