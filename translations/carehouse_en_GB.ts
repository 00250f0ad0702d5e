<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CareProcessModel</name>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="58"/>
        <location filename="../ui/CareProcessModel.cpp" line="61"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="72"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="73"/>
        <source>Care process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="74"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="75"/>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CareProcessModel.cpp" line="76"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../ui/DiagnosisDialog.cpp" line="22"/>
        <source>Record a diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DiagnosisDialog.cpp" line="41"/>
        <source>e.g. 03/02/2019; empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DiagnosisDialog.cpp" line="44"/>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DiagnosisDialog.cpp" line="45"/>
        <source>Diagnosed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DiagnosisDialog.cpp" line="48"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DiagnosisDialog.cpp" line="51"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/ErrorText.cpp" line="22"/>
        <source>This field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="38"/>
        <source>%1 is not valid. Check what was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="39"/>
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
        <location filename="../ui/ErrorText.cpp" line="68"/>
        <source>%1 %2 is outside the range a person can have. Check the value and its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="71"/>
        <source>&quot;%1&quot; is not a %2 CareHouse knows. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="72"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="75"/>
        <source>There is no CareHouse database at %1. Choose File &gt; Open database… to pick another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="77"/>
        <source>The %1 could not be found; it may have been removed. Go back to the search and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="78"/>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="80"/>
        <source>CareHouse could not open %1. Check the file is there and that you may read it, or choose File &gt; Open database… to pick another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="84"/>
        <source>%1 is not a CareHouse database. Choose File &gt; Open database… and pick a .carehouse file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="87"/>
        <source>%1 was written by a newer version of CareHouse. Update CareHouse on this computer before opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="91"/>
        <source>CareHouse may only read %1, not change it. Ask your practice IT support to give you write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="95"/>
        <source>The database is busy with another task. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="97"/>
        <source>The disk is full, so nothing was saved. Ask your practice IT support to free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="100"/>
        <source>The database is damaged and cannot be used safely. Stop using it and call your practice IT support, who can restore the last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="103"/>
        <source>CareHouse could not read or save the record. Try again; if it keeps happening, call your practice IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="106"/>
        <source>This database has not been set up yet. Ask your practice administrator to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="108"/>
        <source>This database is already set up for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="108"/>
        <source>a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="110"/>
        <source>You are not signed in. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="112"/>
        <source>The username or password is not right. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="114"/>
        <source>The account %1 has been switched off. Ask your practice administrator to switch it back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="117"/>
        <source>Your role does not allow this. Ask a colleague whose role does, or your practice administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="120"/>
        <source>There is already a user called %1. Choose another username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="122"/>
        <source>Someone else saved changes to this record while you were working on it, so yours were not saved. Close this window, reopen the record to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="125"/>
        <source>A CareHouse data file%1 is missing or damaged. Reinstall CareHouse or call your practice IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="127"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="129"/>
        <source>CareHouse could not read or write %1. Check the disk and that you may use the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="131"/>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="133"/>
        <source>Stopped before it finished. Nothing more was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="136"/>
        <source>Something went wrong. Try again; if it keeps happening, call your practice IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="65"/>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="77"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="77"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="80"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="82"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="84"/>
        <source>Entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="104"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="104"/>
        <source>Details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="111"/>
        <source>Diagnosis recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="111"/>
        <source>Diagnosis changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="112"/>
        <source>Diagnosis recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="112"/>
        <source>Diagnosis changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="123"/>
        <source>Value recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="123"/>
        <source>Value changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="124"/>
        <source>Value recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="124"/>
        <source>Value changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="127"/>
        <source>Staff account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="160"/>
        <location filename="../ui/HistoryModel.cpp" line="161"/>
        <location filename="../ui/HistoryModel.cpp" line="163"/>
        <location filename="../ui/HistoryModel.cpp" line="182"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="184"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="213"/>
        <source>Username: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="216"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="231"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="232"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="233"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="234"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="235"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="20"/>
        <source>Sign in to CareHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="25"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Sign in to %1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="43"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="44"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="47"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="50"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43"/>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>CareHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>&amp;Register a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Record a &amp;diagnosis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>&amp;Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>&amp;Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104"/>
        <source>&amp;About CareHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Signed in: %1  ·  Role: %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>CareHouse – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Open a CareHouse database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="278"/>
        <source>CareHouse databases (*.carehouse);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>About CareHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>&lt;b&gt;CareHouse %1&lt;/b&gt;&lt;p&gt;A clinical workstation for diabetes care in primary care.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="33"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="52"/>
        <source>Born %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="56"/>
        <source>Born: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="58"/>
        <source>NHS No. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../ui/PatientForm.cpp" line="40"/>
        <source>Register a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="48"/>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="69"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="70"/>
        <source>10 digits, e.g. 943 476 5919; leave empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="71"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="72"/>
        <source>Mr, Mrs, Ms, Dr…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="73"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="74"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="75"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="76"/>
        <source>e.g. 14/07/1945 or 14-Jul-1945</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="83"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="86"/>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="87"/>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="88"/>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="89"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="90"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="91"/>
        <source>Restricted record: never show the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="94"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="102"/>
        <source>Sharing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="105"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="106"/>
        <source>Language code, e.g. en, bn, pl; empty means English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="107"/>
        <source>Send letters in large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="110"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="118"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="121"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="227"/>
        <source>Nothing was saved: one thing needs fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientForm.cpp" line="228"/>
        <source>Nothing was saved: %1 things need fixing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientSearchModel</name>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="60"/>
        <location filename="../ui/PatientSearchModel.cpp" line="70"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="69"/>
        <source>Withheld (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="82"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="83"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="84"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="85"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchModel.cpp" line="86"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientSearchView</name>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="25"/>
        <source>Family name, &apos;family, given&apos;, NHS number or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="97"/>
        <source>Type a family name, NHS number or date of birth to find a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="102"/>
        <source>That is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="114"/>
        <source>More than %1 people match: type more of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="116"/>
        <source>No one found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="118"/>
        <source>1 person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSearchView.cpp" line="120"/>
        <source>%1 people found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientSummaryView</name>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="25"/>
        <location filename="../ui/PatientSummaryView.cpp" line="121"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="31"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="42"/>
        <source>Conditions and registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="44"/>
        <source>Diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="45"/>
        <source>Other long-term conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="46"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="47"/>
        <source>Sharing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="49"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="51"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="52"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="53"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="54"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="75"/>
        <source>Care processes: latest values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="101"/>
        <source>%1, diagnosed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="102"/>
        <source>%1, diagnosis date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="104"/>
        <source>Not on the diabetes register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="109"/>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="110"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="115"/>
        <source>Address withheld: restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="125"/>
        <source>Yes: send letters in large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientSummaryView.cpp" line="125"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message>
        <location filename="../ui/PatientView.cpp" line="24"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="25"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carehouse::ui::HistoryModel</name>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="28"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="29"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="30"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="31"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="32"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="33"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="34"/>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="35"/>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="36"/>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="37"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="38"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="39"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="40"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="41"/>
        <source>Sharing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="42"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="43"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="44"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="45"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="46"/>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="47"/>
        <source>Diagnosed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="48"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="49"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="50"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="51"/>
        <source>Second value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="52"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="53"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="82"/>
        <source>CareHouse diabetes care workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="85"/>
        <source>Open the database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="86"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="88"/>
        <source>Print ready-ms=&lt;ms&gt; once the window is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
