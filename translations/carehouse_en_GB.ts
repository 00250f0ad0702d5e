<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../ui/AppointmentDialog.cpp" line="28"/>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppointmentDialog.cpp" line="30"/>
        <source>Appointment for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppointmentDialog.cpp" line="35"/>
        <source>Tests with the healthcare assistant (about 15 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppointmentDialog.cpp" line="37"/>
        <source>Care planning with the nurse (about 30 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppointmentDialog.cpp" line="54"/>
        <source>e.g. Hannah Osei (HCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppointmentDialog.cpp" line="57"/>
        <source>e.g. Room 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppointmentDialog.cpp" line="63"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppointmentDialog.cpp" line="64"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppointmentDialog.cpp" line="65"/>
        <source>Time (24-hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppointmentDialog.cpp" line="66"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppointmentDialog.cpp" line="67"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppointmentDialog.cpp" line="70"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareProcessGridModel</name>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="69"/>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="73"/>
        <location filename="../ui/CareProcessGridModel.cpp" line="107"/>
        <location filename="../ui/CareProcessGridModel.cpp" line="144"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="73"/>
        <source>Not recorded; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="73"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="81"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="83"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="87"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="87"/>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="94"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="95"/>
        <source>Not done in the last 15 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="96"/>
        <source>Not done: never recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="105"/>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="106"/>
        <source>No target set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="118"/>
        <source>Counts for the National Diabetes Audit: done on %1, on or after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="120"/>
        <source>The latest value is from %1, before %2: it does not count as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="122"/>
        <source>%1 has never been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="126"/>
        <source>1 value recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="126"/>
        <source>%1 values recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="142"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="180"/>
        <source>Care process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="181"/>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="182"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="183"/>
        <source>In the last 15 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessGridModel.cpp" line="184"/>
        <source>Against target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareProcessModel</name>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="66"/>
        <location filename="../ui/CareProcessModel.cpp" line="69"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="80"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="81"/>
        <source>Care process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="82"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="83"/>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="84"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="85"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareProcessesView</name>
    <message>
        <location filename="../ui/CareProcessesView.cpp" line="64"/>
        <source>Care processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessesView.cpp" line="68"/>
        <source>&amp;Trend of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessesView.cpp" line="78"/>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessesView.cpp" line="121"/>
        <source>%1 of %2 care processes done in the last 15 months (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessesView.cpp" line="139"/>
        <source>No measured care processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessesView.cpp" line="204"/>
        <source>%1 is recorded in words, so it has no trend chart: see its latest value above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../ui/DiagnosisDialog.cpp" line="24"/>
        <source>Record a diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DiagnosisDialog.cpp" line="43"/>
        <source>e.g. 03/02/2019; empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DiagnosisDialog.cpp" line="46"/>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DiagnosisDialog.cpp" line="47"/>
        <source>Diagnosed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DiagnosisDialog.cpp" line="50"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DiagnosisDialog.cpp" line="53"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/ErrorText.cpp" line="23"/>
        <source>This field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="39"/>
        <source>%1 is not valid. Check what was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="40"/>
        <source>&quot;%1&quot; is not a valid %2. Choose one of the options offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="41"/>
        <source>%1 is needed. Fill it in before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="43"/>
        <source>The NHS number %1 is not valid: it must be 10 digits. Check it against the person&apos;s letter or card, or leave it empty if not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="50"/>
        <source>The NHS number %1 is not valid: its check digit does not match. Check it against the person&apos;s letter or card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="55"/>
        <source>&quot;%1&quot; is not a date CareHouse understands for the %2. Type it as day, month and four-digit year, e.g. 14/07/1945 or 14-Jul-1945.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="57"/>
        <location filename="../ui/ErrorText.cpp" line="59"/>
        <location filename="../ui/ErrorText.cpp" line="62"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="59"/>
        <source>The %1 %2 is in the future. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="61"/>
        <source>The %1 %2 is too long ago to be right. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="64"/>
        <source>Someone with NHS number %1 is already registered. Search for them instead of registering them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="69"/>
        <source>%1 %2 is outside the range a person can have (%3). Check the value and its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="71"/>
        <source>%1 %2 is outside the range a person can have. Check the value and its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="74"/>
        <source>&quot;%1&quot; is not a %2 CareHouse knows. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="75"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="78"/>
        <source>There is no CareHouse database at %1. Choose File &gt; Open database… to pick another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="80"/>
        <source>The %1 could not be found; it may have been removed. Go back to the search and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="81"/>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="83"/>
        <source>CareHouse could not open %1. Check the file is there and that you may read it, or choose File &gt; Open database… to pick another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="87"/>
        <source>%1 is not a CareHouse database. Choose File &gt; Open database… and pick a .carehouse file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="89"/>
        <source>%1 was written by a newer version of CareHouse. Update CareHouse on this computer before opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="93"/>
        <source>CareHouse may only read %1, not change it. Ask your practice IT support to give you write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="96"/>
        <source>The database is busy with another task. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="98"/>
        <source>The disk is full, so nothing was saved. Ask your practice IT support to free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="101"/>
        <source>The database is damaged and cannot be used safely. Stop using it and call your practice IT support, who can restore the last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="104"/>
        <source>CareHouse could not read or save the record. Try again; if it keeps happening, call your practice IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="107"/>
        <source>This database has not been set up yet. Ask your practice administrator to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="109"/>
        <source>This database is already set up for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="109"/>
        <source>a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="110"/>
        <source>You are not signed in. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="111"/>
        <source>The username or password is not right. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="113"/>
        <source>The account %1 has been switched off. Ask your practice administrator to switch it back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="116"/>
        <source>Your role does not allow this. Ask a colleague whose role does, or your practice administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="118"/>
        <source>There is already a user called %1. Choose another username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="120"/>
        <source>Someone else saved changes to this record while you were working on it, so yours were not saved. Close this window, reopen the record to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="123"/>
        <source>A CareHouse data file%1 is missing or damaged. Reinstall CareHouse or call your practice IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="125"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="127"/>
        <source>CareHouse could not read or write %1. Check the disk and that you may use the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="129"/>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="130"/>
        <source>Stopped before it finished. Nothing more was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="132"/>
        <source>%1 %2 looks like a value in another unit: did you mean %3? Check the unit before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="133"/>
        <source>a value in the usual unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="136"/>
        <source>&quot;%1&quot; is not a unit CareHouse can use for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="137"/>
        <source>this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="138"/>
        <source>&quot;%1&quot; is not a unit CareHouse can use for %2: it expects %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="139"/>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="139"/>
        <source>this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="143"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="143"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="144"/>
        <location filename="../ui/ErrorText.cpp" line="148"/>
        <location filename="../ui/ErrorText.cpp" line="151"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="146"/>
        <source>%1 has no &quot;%2&quot; column. The first line must name the columns; check this is the file the laboratory sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="150"/>
        <source>%1 is empty. Check this is the file the laboratory sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="153"/>
        <source>%1: the row has only %2 columns, so it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="155"/>
        <source>%1: a quote mark is opened and never closed, so the rest of the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="158"/>
        <source>%1: &quot;%2&quot; in the %3 column cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="159"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="160"/>
        <source>%1 cannot be read. Check this is the file the laboratory sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="166"/>
        <source>This is too soon after the last invitation: two invitations must be at least 7 days apart. The next one can be recorded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="168"/>
        <source>next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="171"/>
        <source>This cannot be done now: the %1 has already been dealt with, perhaps by a colleague. Refresh the list to see where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="173"/>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="176"/>
        <source>Something went wrong. Try again; if it keeps happening, call your practice IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="187"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="193"/>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="194"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../ui/ExceptionDialog.cpp" line="27"/>
        <source>Record an exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExceptionDialog.cpp" line="30"/>
        <source>Take &lt;b&gt;%1&lt;/b&gt; off recall for the yearly review until the date below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExceptionDialog.cpp" line="32"/>
        <source>Invited twice at least 7 days apart: may be recorded as declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExceptionDialog.cpp" line="33"/>
        <source>Someone counts as having declined after two invitations at least 7 days apart; unsuitable needs a clinical reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExceptionDialog.cpp" line="41"/>
        <source>Declined the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExceptionDialog.cpp" line="42"/>
        <source>Review unsuitable for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExceptionDialog.cpp" line="46"/>
        <source>Required, e.g. declined by phone after two letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExceptionDialog.cpp" line="60"/>
        <source>&amp;Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExceptionDialog.cpp" line="61"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExceptionDialog.cpp" line="62"/>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExceptionDialog.cpp" line="65"/>
        <source>Record exception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="61"/>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="73"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="73"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="76"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="78"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="80"/>
        <source>Entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="88"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="90"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="91"/>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="111"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="111"/>
        <source>Details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="114"/>
        <source>Diagnosis recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="114"/>
        <source>Diagnosis changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="115"/>
        <source>Diagnosis recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="116"/>
        <source>Diagnosis changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="119"/>
        <source>Value recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="119"/>
        <source>Value changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="120"/>
        <source>Value recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="120"/>
        <source>Value changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="121"/>
        <source>Staff account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="123"/>
        <source>Test sent to the laboratory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="124"/>
        <source>Test request updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="126"/>
        <source>Result reviewed: action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="126"/>
        <source>Result reviewed and filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="127"/>
        <source>Unmatched laboratory result matched to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="129"/>
        <source>Invited to the diabetes review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="131"/>
        <source>Appointment booked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="132"/>
        <source>Appointment updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="134"/>
        <source>Exception recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="135"/>
        <source>Exception changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="147"/>
        <location filename="../ui/HistoryModel.cpp" line="148"/>
        <location filename="../ui/HistoryModel.cpp" line="151"/>
        <location filename="../ui/HistoryModel.cpp" line="164"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="166"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="194"/>
        <source>Username: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="196"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="208"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="209"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="210"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="211"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="212"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../ui/InvitationDialog.cpp" line="26"/>
        <source>Record an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.cpp" line="33"/>
        <source>Invitation to the yearly diabetes review for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.cpp" line="35"/>
        <source>Invitation to the yearly diabetes review for &lt;b&gt;%1 people&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.cpp" line="39"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.cpp" line="40"/>
        <source>Text message (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.cpp" line="41"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.cpp" line="52"/>
        <source>Optional, e.g. left a voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.cpp" line="58"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.cpp" line="59"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.cpp" line="60"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.cpp" line="63"/>
        <source>Record invitation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPdfWriter</name>
    <message>
        <location filename="../ui/LetterPdfWriter.cpp" line="194"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPdfWriter.cpp" line="197"/>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPdfWriter.cpp" line="203"/>
        <source>cannot finish the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPdfWriter.cpp" line="239"/>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPdfWriter.cpp" line="249"/>
        <source>%1
NHS number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPdfWriter.cpp" line="255"/>
        <source>Address withheld — hand to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPdfWriter.cpp" line="257"/>
        <source>Address not known — hand to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPdfWriter.cpp" line="283"/>
        <source>%1  ·  NHS number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPdfWriter.cpp" line="284"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="21"/>
        <source>Sign in to CareHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="26"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Sign in to %1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="44"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="45"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="48"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="51"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <location filename="../ui/MainWindow.cpp" line="416"/>
        <source>CareHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>&amp;Register a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>Record a &amp;diagnosis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <location filename="../ui/MainWindow.cpp" line="386"/>
        <source>&amp;Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>&amp;Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;About CareHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>&amp;Worklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>&amp;Import results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>Results &amp;inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>&amp;Unmatched results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>Res&amp;ults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>&amp;Back to the worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>&amp;Back to the results inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>&amp;Back to unmatched results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Signed in: %1  ·  Role: %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="411"/>
        <location filename="../ui/MainWindow.cpp" line="415"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="412"/>
        <source>CareHouse – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="414"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="425"/>
        <source>Open a CareHouse database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="426"/>
        <source>CareHouse databases (*.carehouse);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476"/>
        <source>About CareHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="477"/>
        <source>&lt;b&gt;CareHouse %1&lt;/b&gt;&lt;p&gt;A clinical workstation for diabetes care in primary care.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchPersonDialog</name>
    <message>
        <location filename="../ui/MatchPersonDialog.cpp" line="51"/>
        <source>Match a result to a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MatchPersonDialog.cpp" line="57"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; taken on %3. The laboratory gave NHS number &lt;b&gt;%4&lt;/b&gt; and date of birth &lt;b&gt;%5&lt;/b&gt;.&lt;br&gt;%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MatchPersonDialog.cpp" line="60"/>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MatchPersonDialog.cpp" line="61"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MatchPersonDialog.cpp" line="67"/>
        <source>Find the person: name, NHS number or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MatchPersonDialog.cpp" line="80"/>
        <location filename="../ui/MatchPersonDialog.cpp" line="159"/>
        <source>Choose the person this result belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MatchPersonDialog.cpp" line="85"/>
        <source>I have checked this person&apos;s name, date of birth and NHS number against the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MatchPersonDialog.cpp" line="93"/>
        <source>Attach the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MatchPersonDialog.cpp" line="172"/>
        <source>Attach this %1 result to %2, born %3, NHS number %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MatchPersonDialog.cpp" line="173"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MatchPersonDialog.cpp" line="179"/>
        <source>Their date of birth is not the one on the result (%1): check with the laboratory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MatchPersonDialog.cpp" line="184"/>
        <source>Their NHS number is not the one on the result (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="34"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="53"/>
        <source>Born %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="57"/>
        <source>Born: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="59"/>
        <source>NHS No. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../ui/PatientForm.cpp" line="42"/>
        <source>Register a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="53"/>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="74"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="75"/>
        <source>10 digits, e.g. 943 476 5919; leave empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="76"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="77"/>
        <source>Mr, Mrs, Ms, Dr…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="78"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="79"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="80"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="81"/>
        <source>e.g. 14/07/1945 or 14-Jul-1945</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="88"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="91"/>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="92"/>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="93"/>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="94"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="95"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="96"/>
        <source>Restricted record: never show the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="99"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="107"/>
        <source>Sharing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="111"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="112"/>
        <source>Language code, e.g. en, bn, pl; empty means English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="113"/>
        <source>Send letters in large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="116"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="124"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="127"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="233"/>
        <source>Nothing was saved: one thing needs fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="234"/>
        <source>Nothing was saved: %1 things need fixing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientSearchModel</name>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="62"/>
        <location filename="../ui/PatientSearchModel.cpp" line="69"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="68"/>
        <source>Withheld (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="79"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="80"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="81"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="82"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="83"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="84"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientSearchView</name>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="26"/>
        <source>Family name, &apos;family, given&apos;, NHS number or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="98"/>
        <source>Type a family name, NHS number or date of birth to find a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="103"/>
        <source>That is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="115"/>
        <source>More than %1 people match: type more of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="117"/>
        <source>No one found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="119"/>
        <source>1 person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="121"/>
        <source>%1 people found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientSummaryView</name>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="26"/>
        <location filename="../ui/PatientSummaryView.cpp" line="136"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="32"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="44"/>
        <source>Conditions and registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="46"/>
        <source>Diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="47"/>
        <source>Other long-term conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="48"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="49"/>
        <source>Sharing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="50"/>
        <source>Yearly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="52"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="54"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="55"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="56"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="57"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="78"/>
        <source>Care processes: latest values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="105"/>
        <source>%1, diagnosed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="106"/>
        <source>%1, diagnosis date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="108"/>
        <location filename="../ui/PatientSummaryView.cpp" line="118"/>
        <source>Not on the diabetes register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="113"/>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="114"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="123"/>
        <source> until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="125"/>
        <source> · due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="130"/>
        <source>Address withheld: restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="140"/>
        <source>Yes: send letters in large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="140"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message>
        <location filename="../ui/PatientView.cpp" line="34"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="35"/>
        <source>Care processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="36"/>
        <source>Surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="37"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="100"/>
        <source>Unsaved surveillance appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="101"/>
        <source>The surveillance appointment for %1 has entries that are not saved yet. Save them to finish later, discard them, or stay here?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/MessageBox.cpp" line="35"/>
        <source>&amp;Save and finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageBox.cpp" line="36"/>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageBox.cpp" line="37"/>
        <source>S&amp;tay here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsImportDialog</name>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="29"/>
        <source>Import laboratory results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="31"/>
        <source>Choose the results file from the laboratory (CSV or FHIR JSON). A result is attached to a person only when both the NHS number and the date of birth match; any other result waits in the unmatched results queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="39"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="40"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="42"/>
        <source>Import the valid rows even if some rows have problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="45"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="52"/>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="53"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="59"/>
        <location filename="../ui/ResultsImportDialog.cpp" line="262"/>
        <source>What the import did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="77"/>
        <source>Results in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="78"/>
        <source>Attached to a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="79"/>
        <source>… of which converted from another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="80"/>
        <source>Sent to the unmatched results queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="81"/>
        <source>Already imported before (nothing added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="82"/>
        <source>Rejected: problems listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="83"/>
        <source>Requested tests now back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="90"/>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="94"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="143"/>
        <source>Choose a laboratory results file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="145"/>
        <source>Results files (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="179"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="201"/>
        <source>Stopping the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="234"/>
        <source>Import cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="236"/>
        <source>%1 Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="261"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="262"/>
        <source>What the file holds (nothing was saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="267"/>
        <source>Saved: %1 attached to people, %2 sent to the unmatched results queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="271"/>
        <source>Match those by hand in Results &gt; Unmatched results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="273"/>
        <source>Rows not imported because of a problem: %1 (listed below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="276"/>
        <source>Nothing was saved, because some rows have problems (listed below). Correct the file, or tick &quot;Import the valid rows even if some rows have problems&quot; and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="279"/>
        <source>There are no results in %1. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsImportDialog.cpp" line="281"/>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsInboxModel</name>
    <message>
        <location filename="../ui/ResultsInboxModel.cpp" line="73"/>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxModel.cpp" line="76"/>
        <location filename="../ui/ResultsInboxModel.cpp" line="82"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxModel.cpp" line="80"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxModel.cpp" line="92"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxModel.cpp" line="93"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxModel.cpp" line="94"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxModel.cpp" line="95"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxModel.cpp" line="96"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxModel.cpp" line="97"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxModel.cpp" line="98"/>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsInboxView</name>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="23"/>
        <source>Results inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="36"/>
        <source>Laboratory results not yet looked at by a clinician, those needing attention first. Select results, then File them when nothing more is needed, or say what action they need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="60"/>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="62"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="64"/>
        <source>Seen; nothing more is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="65"/>
        <source>Needs action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="123"/>
        <source>To review: %1  ·  needing attention: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="124"/>
        <source>To review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="179"/>
        <source>Result needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="180"/>
        <source>What needs doing? For example: &quot;Repeat in 3 months&quot; or &quot;Discuss at the care planning appointment&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="182"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="211"/>
        <source>Result filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="211"/>
        <source>%1 results filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="212"/>
        <source>Result marked as needing action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsInboxView.cpp" line="213"/>
        <source>%1 results marked as needing action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveillanceForm</name>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="125"/>
        <location filename="../ui/SurveillanceForm.cpp" line="559"/>
        <source>Open a person to record their surveillance appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="177"/>
        <source>Save and f&amp;inish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="179"/>
        <source>Saves what is entered so far (Ctrl+S); open the person again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="180"/>
        <source>C&amp;omplete appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="182"/>
        <source>Saves and records the appointment as attended (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="227"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="246"/>
        <source>Unit of the %1 as measured (type its first letter to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="269"/>
        <source>Value is &amp;correct: I have checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="293"/>
        <source>1. Weight and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="312"/>
        <source>&amp;Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="316"/>
        <source>H&amp;eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="325"/>
        <source>BMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="340"/>
        <source>2. Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="348"/>
        <source>top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="353"/>
        <source>bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="354"/>
        <source>&amp;Add reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="362"/>
        <source>&amp;Systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="364"/>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="365"/>
        <source>&amp;Diastolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="367"/>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="375"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="375"/>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="375"/>
        <source>Counts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="390"/>
        <source>Every reading is stored; the one marked counts as today&apos;s blood pressure. Delete removes the selected reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="392"/>
        <source>Re&amp;move reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="438"/>
        <source>3. Smoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="444"/>
        <source>Smo&amp;king status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="447"/>
        <source>Ad&amp;vice to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="455"/>
        <source>4. Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="462"/>
        <source>&amp;Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="464"/>
        <source>Ri&amp;ght foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="473"/>
        <source>5. Eye screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="478"/>
        <source>E&amp;ye screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="487"/>
        <source>6. Tests sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="490"/>
        <source>&amp;Bloods sent: HbA1c, cholesterol, creatinine and eGFR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="492"/>
        <source>Uri&amp;ne sent: ACR (albumin:creatinine ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="507"/>
        <source>7. Structured education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="511"/>
        <source>S&amp;tructured education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="519"/>
        <source>8. Care planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="523"/>
        <source>Care planning e&amp;xplained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="587"/>
        <source>This appointment was completed today. Changes you save now correct what was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="596"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="598"/>
        <source>Read only: your role (%1) may see this appointment but not record values. Ask a colleague whose role records care-process values, such as the healthcare assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="703"/>
        <source>nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="705"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="708"/>
        <source>&lt;b style=&apos;font-size:13pt&apos;&gt;Surveillance appointment&lt;/b&gt; &amp;nbsp; %1 &amp;nbsp;·&amp;nbsp; Recording: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="725"/>
        <source>The reading %1 has its top number (systolic) no higher than its bottom number (diastolic). Check the reading and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="841"/>
        <source>Type both numbers of the reading, then press Add reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="854"/>
        <source>The reading %1/%2 mmHg is typed but not added yet: press Add reading, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="889"/>
        <source>&amp;Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="909"/>
        <source>Outside the usual range (%1): recorded as checked and correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="932"/>
        <source>Saving is off until the problem shown in red is put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="933"/>
        <source>Saving is off until the %1 problems shown in red are put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="936"/>
        <source>Check the %1 before saving: press Tab to leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="936"/>
        <location filename="../ui/SurveillanceForm.cpp" line="1226"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="950"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="969"/>
        <source>— kg/m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="970"/>
        <source>Worked out when weight and height are right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="971"/>
        <source>Worked out from weight and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="980"/>
        <source>Healthy weight range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="984"/>
        <source> (lower thresholds for this family background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1007"/>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1011"/>
        <source>✔ Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1013"/>
        <source>Not counted: higher of the last two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1015"/>
        <source>Not counted: earlier reading (stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1033"/>
        <source>No reading yet. Add each reading as you take it; if you take more than one, the lower of the last two counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1040"/>
        <source>the only reading so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1042"/>
        <source>the lower of the two readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1044"/>
        <source>the lower of the last two readings (%1 and %2); earlier ones are stored, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1052"/>
        <source>Counts as today&apos;s blood pressure: &lt;b&gt;%1&lt;/b&gt; (reading %2), %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1081"/>
        <source>Overall foot risk: not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1094"/>
        <source>Overall foot risk: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1096"/>
        <source>the higher of the two feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1096"/>
        <source>one foot examined so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1114"/>
        <source>bloods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1116"/>
        <source>urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1118"/>
        <source>Already sent today: %1. The requests are waiting for the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1118"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1214"/>
        <source>Nothing new to save: everything shown was already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1216"/>
        <source>1 value saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1216"/>
        <source>%1 values saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1218"/>
        <source>1 earlier value from today corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1219"/>
        <source>%1 earlier values from today corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1221"/>
        <source>1 test sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1221"/>
        <source>%1 tests sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1224"/>
        <source>BMI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1226"/>
        <source>Saved at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1227"/>
        <source> Appointment completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="1227"/>
        <source> Open this person again to finish later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChartView</name>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="65"/>
        <source>Choose a care process to see its trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="100"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="103"/>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="105"/>
        <source>%1 or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="107"/>
        <source>less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="109"/>
        <source>Diastolic target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="109"/>
        <source>Systolic target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="110"/>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="146"/>
        <source>%1: %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="176"/>
        <source>%1 is recorded in words, so it has no trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="180"/>
        <source>No %1 values recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="184"/>
        <source>%1 (%2): 1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="185"/>
        <source>%1 (%2): %3 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="235"/>
        <source>Systolic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="237"/>
        <source>Diastolic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="240"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="260"/>
        <source>⚠ Beyond target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="271"/>
        <source>15-month window starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrendChartView.cpp" line="277"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnmatchedResultsModel</name>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="49"/>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="94"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="60"/>
        <source>The result has no NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="61"/>
        <source>&quot;%1&quot; is not a valid NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="63"/>
        <source>No one here has NHS number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="64"/>
        <source>Date of birth differs from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="66"/>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="98"/>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="99"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="110"/>
        <source>Why it was not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="111"/>
        <source>NHS number given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="112"/>
        <source>Born (as given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="113"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="114"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="115"/>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="116"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="117"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnmatchedResultsView</name>
    <message>
        <location filename="../ui/UnmatchedResultsView.cpp" line="22"/>
        <source>Unmatched results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsView.cpp" line="35"/>
        <source>Results the laboratory sent that could not be attached to anyone with certainty. Select one, then find the right person and confirm them, or discard it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsView.cpp" line="56"/>
        <source>Match to a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsView.cpp" line="58"/>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsView.cpp" line="105"/>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsView.cpp" line="145"/>
        <source>Result attached. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsView.cpp" line="154"/>
        <source>Discard a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsView.cpp" line="155"/>
        <source>Why is this result being discarded? For example: &quot;Not registered here; returned to the laboratory&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsView.cpp" line="157"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsView.cpp" line="176"/>
        <source>Result discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="75"/>
        <source>Not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="76"/>
        <source>Due, not invited yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="77"/>
        <source>Invited twice, not booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="77"/>
        <source>Invited, not booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="78"/>
        <source>Tests appointment booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="79"/>
        <source>Tests taken, results awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="80"/>
        <source>Results back, letter to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="81"/>
        <source>Letter sent, care planning to book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="82"/>
        <source>Care planning booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="85"/>
        <source>Excepted: unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="86"/>
        <source>Excepted: declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="88"/>
        <location filename="../ui/WorklistModel.cpp" line="99"/>
        <location filename="../ui/WorklistModel.cpp" line="103"/>
        <location filename="../ui/WorklistModel.cpp" line="105"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="98"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="102"/>
        <source>Withheld (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="110"/>
        <source>Not overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="112"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="114"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="117"/>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="118"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="122"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="124"/>
        <source>%1 (last %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="129"/>
        <source>None booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="130"/>
        <source>Care planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="130"/>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="131"/>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="133"/>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="138"/>
        <source>All back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="140"/>
        <source>%1 (sent %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="146"/>
        <source>Unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="146"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="147"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="149"/>
        <source>%1 (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="190"/>
        <source>Restricted record: the address is withheld. Printed letters say &quot;Address withheld — hand to the patient&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="213"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="214"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="215"/>
        <source>Born (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="216"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="217"/>
        <source>Where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="218"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="219"/>
        <source>Overdue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="220"/>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="221"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="222"/>
        <source>Tests awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="223"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <location filename="../ui/WorklistView.cpp" line="69"/>
        <source>Due or overdue for the yearly review and not invited yet. Print their letters, or select people to record an invitation made by SMS or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="72"/>
        <source>Invited once and not booked yet. A second invitation may go 7 days after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="74"/>
        <source>Invited twice and not booked. A nurse or GP may record that they declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="76"/>
        <source>Due or invited, with no tests appointment yet. Book them in with the healthcare assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="79"/>
        <source>Tests taken at the healthcare assistant&apos;s appointment; waiting for the laboratory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="81"/>
        <source>Results are back: send the results letter before the care planning conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="83"/>
        <source>Results are back: book the care planning conversation with the nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="85"/>
        <source>Declined or unsuitable for now: not recalled until the date shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="95"/>
        <source>Due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="96"/>
        <source>Invited once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="97"/>
        <source>Invited twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="98"/>
        <source>Surveillance to book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="99"/>
        <source>Results awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="100"/>
        <source>Letters to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="101"/>
        <source>Care planning to book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="102"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="110"/>
        <source>Recall worklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="131"/>
        <source>Filter by name, NHS number, date of birth or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="166"/>
        <source>Record invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="168"/>
        <source>Book appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="170"/>
        <source>Record exception…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="172"/>
        <source>Print invitation letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="174"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="176"/>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="180"/>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="247"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="305"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="305"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="308"/>
        <source>showing %1 of 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="308"/>
        <source>showing %1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="324"/>
        <source>Print invitation letters (%1 selected)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="325"/>
        <source>Print invitation letters (all %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="386"/>
        <source>Invitation recorded for 1 person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="387"/>
        <source>Invitation recorded for %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="390"/>
        <source>Not recorded (invited less than 7 days ago): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="390"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="413"/>
        <source>Appointment booked for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="431"/>
        <source>Exception recorded for %1: off recall until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="453"/>
        <source>worklist-%1-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="457"/>
        <source>Export the list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="457"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="464"/>
        <source>Saved 1 person to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="465"/>
        <source>Saved %1 people to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="490"/>
        <source>%1: invited on %2; the next invitation may go from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="498"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="505"/>
        <source>%1: no address recorded; phone them or send an SMS instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="514"/>
        <source>Invitations to the yearly diabetes review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="537"/>
        <source>invitation-letters-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="538"/>
        <source>Save the invitation letters as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="539"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="548"/>
        <source>No letters were printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="550"/>
        <source>1 letter saved to %1: open it and print it. A letter invitation dated today is recorded for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="554"/>
        <source>%1 letters saved to %2: open it and print it. A letter invitation dated today is recorded for each person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="559"/>
        <source>Not printed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="562"/>
        <source>Printed, but the invitation could not be recorded; record it by hand: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carehouse::ui::HistoryModel</name>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="24"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="25"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="26"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="27"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="28"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="29"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="30"/>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="31"/>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="32"/>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="33"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="34"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="35"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="36"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="37"/>
        <source>Sharing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="38"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="39"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="40"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="41"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="42"/>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="43"/>
        <source>Diagnosed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="44"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="45"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="46"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="47"/>
        <source>Second value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="48"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="49"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="84"/>
        <source>CareHouse diabetes care workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="87"/>
        <source>Open the database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="88"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="90"/>
        <source>Print ready-ms=&lt;ms&gt; once the window is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="106"/>
        <source>CareHouse cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
