#include "ui/WorklistModel.h"

#include "core/model/NhsNumber.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QSaveFile>

namespace carehouse::ui {

using recall::CycleStage;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString date(const base::CivilDate& d)
{
    return d.valid() ? q(d.display()) : QString();
}

int dateKey(const base::CivilDate& d)
{
    return d.valid() ? d.daysSinceEpoch() : -1000000;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

WorklistModel::WorklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void WorklistModel::setRows(std::vector<recall::WorklistRow> rows, base::CivilDate today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

const recall::WorklistRow* WorklistModel::row(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int WorklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorklistModel::stageText(const recall::CycleState& c)
{
    switch (c.stage) {
    case CycleStage::NotDue: return tr("Not due yet");
    case CycleStage::Due: return tr("Due, not invited yet");
    case CycleStage::Invited: return c.invitations >= 2 ? tr("Invited twice, not booked") : tr("Invited, not booked");
    case CycleStage::SurveillanceBooked: return tr("Tests appointment booked");
    case CycleStage::SurveillanceDone: return tr("Tests taken, results awaited");
    case CycleStage::ResultsBack: return tr("Results back, letter to send");
    case CycleStage::LetterSent: return tr("Letter sent, care planning to book");
    case CycleStage::CarePlanningBooked: return tr("Care planning booked");
    case CycleStage::Excepted:
        if (c.exception && c.exception->kind == model::CareException::Kind::Unsuitable)
            return tr("Excepted: unsuitable");
        return tr("Excepted: declined");
    }
    return tr("Not known");
}

QString WorklistModel::appointmentText(const std::optional<model::Appointment>& a)
{
    if (!a)
        return tr("None booked");
    const QString kind = a->type == model::Appointment::Type::CarePlanning ? tr("Care planning") : tr("Tests");
    QString s = tr("%1 %2 %3").arg(kind, date(a->date), q(a->timeText()));
    if (!a->withWhom.empty())
        s = tr("%1 with %2").arg(s, q(a->withWhom));
    return s;
}

QString WorklistModel::stageDetail(const recall::CycleState& c)
{
    switch (c.stage) {
    case CycleStage::Invited:
        if (!c.lastInvitation)
            return {};
        return c.invitations == 1
            ? tr("invited %1").arg(date(*c.lastInvitation))
            : tr("last invited %1 (%2 invitations)").arg(date(*c.lastInvitation)).arg(c.invitations);
    case CycleStage::SurveillanceBooked: return appointmentText(c.surveillance);
    case CycleStage::CarePlanningBooked: return appointmentText(c.carePlanning);
    case CycleStage::SurveillanceDone:
        return c.pendingTests == 1 ? tr("1 test awaited") : tr("%1 tests awaited").arg(c.pendingTests);
    case CycleStage::Excepted:
        return c.exception ? tr("%1, until %2").arg(q(c.exception->reason), date(c.exception->expiresOn)) : QString();
    default: return {};
    }
}

QString WorklistModel::text(const recall::WorklistRow& r, int column) const
{
    const auto& c = r.cycle;
    switch (column) {
    case Name: return q(r.name);
    case NhsNumber: return q(model::displayNhsNumber(r.nhsNumber));
    case BirthDate:
        return r.birthDate.valid() ? tr("%1 (%2)").arg(date(r.birthDate), q(base::formatAge(r.birthDate, m_today)))
                                   : tr("Not known");
    case Postcode:
        if (r.restricted)
            return tr("Withheld (restricted)");
        return r.postcode.empty() ? tr("Not known") : q(r.postcode);
    case Stage: return stageText(c);
    case DueDate: return c.dueDate.valid() ? date(c.dueDate) : tr("Not known");
    case Overdue: {
        // Days while they are few; then months, then years: "6733 days" is not read at a glance.
        const int days = c.daysOverdue(m_today);
        if (days <= 0)
            return tr("Not overdue");
        if (days == 1)
            return tr("1 day");
        if (days < 60)
            return tr("%1 days").arg(days);
        const int months = days * 12 / 365;
        if (months < 24)
            return tr("%1 months").arg(months);
        return tr("%1 years").arg(days / 365);
    }
    case Invitations:
        if (c.invitations == 0)
            return tr("None yet");
        if (c.lastInvitation)
            return tr("%1 (last %2)").arg(c.invitations).arg(date(*c.lastInvitation));
        return QString::number(c.invitations);
    case Appointment:
        return appointmentText(c.stage == CycleStage::CarePlanningBooked && c.carePlanning ? c.carePlanning
                                                                                           : c.surveillance);
    case TestsAwaited:
        if (c.pendingTests == 0)
            return c.testsSentOn ? tr("All back") : QString();
        if (c.testsSentOn)
            return tr("%1 (sent %2)").arg(c.pendingTests).arg(date(*c.testsSentOn));
        return QString::number(c.pendingTests);
    case Exception: {
        if (!c.exception)
            return QString();
        const auto& e = *c.exception;
        const QString kind = e.kind == model::CareException::Kind::Unsuitable ? tr("Unsuitable") : tr("Declined");
        QString s = e.reason.empty() ? kind : tr("%1: %2").arg(kind, q(e.reason));
        if (e.expiresOn.valid())
            s = tr("%1 (until %2)").arg(s, date(e.expiresOn));
        return s;
    }
    case AlsoReviewed: {
        QStringList terms;
        for (const auto& t : r.alsoReviewed)
            terms << q(t);
        return terms.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QVariant WorklistModel::sortKey(const recall::WorklistRow& r, int column) const
{
    const auto& c = r.cycle;
    switch (column) {
    case BirthDate: return dateKey(r.birthDate);
    case Stage: return static_cast<int>(c.stage) * 10 + c.invitations;
    case DueDate: return dateKey(c.dueDate);
    case Overdue: return c.daysOverdue(m_today);
    case Invitations: return c.invitations * 1000000 + (c.lastInvitation ? dateKey(*c.lastInvitation) : 0);
    case Appointment: {
        const auto& a = c.stage == CycleStage::CarePlanningBooked && c.carePlanning ? c.carePlanning : c.surveillance;
        return a ? static_cast<qlonglong>(dateKey(a->date)) * 1440 + a->minuteOfDay : -1;
    }
    case TestsAwaited: return c.pendingTests;
    case NhsNumber: return q(r.nhsNumber);
    default: return text(r, column).toLower();
    }
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const
{
    const auto* r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole: return text(*r, index.column());
    case SortRole: return sortKey(*r, index.column());
    case PatientIdRole: return q(r->patientId);
    case SearchRole:
        return QStringList{q(r->name),         q(r->nhsNumber), q(model::displayNhsNumber(r->nhsNumber)),
                           date(r->birthDate), q(r->postcode),  stageText(r->cycle)}
            .join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (r->restricted && (index.column() == Postcode || index.column() == Name))
            return tr("Restricted record: the address is withheld. Printed letters say \"Address withheld — hand "
                      "to the patient\".");
        if (index.column() == AlsoReviewed && !r->alsoReviewed.empty())
            return tr("%1\nOne review covers these conditions too: one invitation and one care planning consultation.")
                .arg(text(*r, AlsoReviewed));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Overdue && r->cycle.daysOverdue(m_today) > 0)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if ((index.column() == Postcode && r->restricted)
            || (index.column() == Appointment && !r->cycle.surveillance && !r->cycle.carePlanning))
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Overdue)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case NhsNumber: return tr("NHS number");
    case BirthDate: return tr("Born (age)");
    case Postcode: return tr("Postcode");
    case Stage: return tr("Where they are");
    case DueDate: return tr("Due");
    case Overdue: return tr("Overdue by");
    case Invitations: return tr("Invitations");
    case Appointment: return tr("Appointment");
    case TestsAwaited: return tr("Tests awaited");
    case Exception: return tr("Exception");
    case AlsoReviewed: return tr("Also reviewed");
    default: return {};
    }
}

base::Status WorklistModel::exportCsv(const QAbstractItemModel& model, const QList<int>& columns, const QString& path)
{
    QSaveFile out(path); // writes a temporary file and renames it over `path` on commit
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return base::Error::make(base::ErrorCode::IoFailed, "file", path.toStdString())
            .at(QFileInfo(path).fileName().toStdString())
            .withDetail(out.errorString().toStdString());
    QStringList line;
    for (int c : columns)
        line << csvField(model.headerData(c, Qt::Horizontal).toString());
    QByteArray bytes = line.join(QLatin1Char(',')).toUtf8() + '\n';
    for (int r = 0; r < model.rowCount(); ++r) {
        line.clear();
        for (int c : columns)
            line << csvField(model.index(r, c).data().toString());
        bytes += line.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    if (out.write(bytes) != bytes.size() || !out.commit())
        return base::Error::make(base::ErrorCode::IoFailed, "file", path.toStdString())
            .at(QFileInfo(path).fileName().toStdString())
            .withDetail(out.errorString().toStdString());
    return {};
}

} // namespace carehouse::ui
