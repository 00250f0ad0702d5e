<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="206"/>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="206"/>
        <source>The team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="258"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="304"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="305"/>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="306"/>
        <source>Name (the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="307"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>BlankQuestionnaireRenderer</name>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="465"/>
        <source>, or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="465"/>
        <source>, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="468"/>
        <source>Answer this only if %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="469"/>
        <source>Answer this only if %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="532"/>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="566"/>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="533"/>
        <source>NHS number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="535"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="537"/>
        <source>This form is for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="539"/>
        <source>If it is not you, please give it back to the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="542"/>
        <source>Please write your details, so we know whose answers these are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="544"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="546"/>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="546"/>
        <source>NHS number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="552"/>
        <source>Thank you. Please bring this form to your appointment, or post or hand it to the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="566"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="568"/>
        <source>NHS number: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="570"/>
        <source>NHS {nhs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="579"/>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="579"/>
        <source>Date of birth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="580"/>
        <source>NHS number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanRenderer</name>
    <message>
        <location filename="../ui/print/CarePlanRenderer.cpp" line="148"/>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanningView</name>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="137"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="137"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="111"/>
        <source>Ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="114"/>
        <source>Something else: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="116"/>
        <source>What matters most to them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="118"/>
        <source>Their questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="137"/>
        <source>Against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="137"/>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="147"/>
        <source>What the person would like to talk about: from their returned letter, or as they say it in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="149"/>
        <source>Results, as sent to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="152"/>
        <source>What the person wants to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="173"/>
        <source>Last plan&apos;s goals: how did they go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="179"/>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="181"/>
        <location filename="../ui/CarePlanningView.cpp" line="197"/>
        <location filename="../ui/CarePlanningView.cpp" line="222"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="182"/>
        <source>Goals, in the person&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="193"/>
        <source>Add the person&apos;s action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="195"/>
        <source>Add the team&apos;s action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="198"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="215"/>
        <source>Offer (the person contacts them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="217"/>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="223"/>
        <source>Support and referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="225"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="227"/>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="256"/>
        <source>Note (optional): what the service said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="257"/>
        <source>Update referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="260"/>
        <source>Referrals: where they have got to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="263"/>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="269"/>
        <source>HbA1c at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="276"/>
        <source>Blood pressure at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="285"/>
        <source>Total cholesterol at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="293"/>
        <source>Individual targets agreed (instead of the practice&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="309"/>
        <source>Save care plan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="312"/>
        <source>Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="316"/>
        <source>Print care plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="318"/>
        <source>The saved care plan, written for the person in their language and print size: shown on screen before it is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="446"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="450"/>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="469"/>
        <source>Care plans are recorded by a nurse, GP or clinical lead: you can read this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="505"/>
        <source>From the agenda questionnaire they returned on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="508"/>
        <source>They returned the agenda questionnaire on %1 with nothing filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="510"/>
        <source>They also returned the agenda questionnaire on %1 (see the Questionnaires tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="515"/>
        <source>No agenda questionnaire has come back: ask what they would like to talk about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="551"/>
        <source>As sent in the results letter of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="556"/>
        <source>No results letter has been sent yet: these are the results today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="579"/>
        <source>First result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="583"/>
        <source>⚠ Outside the healthy range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="584"/>
        <source>⚠ Above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="590"/>
        <source>Last done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="610"/>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="610"/>
        <source>by referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="610"/>
        <source>self-referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="613"/>
        <source>Contact: %1
How to refer: %2
For: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="654"/>
        <source>No long-term condition is recorded as active: add the diagnoses on the patient page so this review covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="656"/>
        <source>&lt;b&gt;One review for:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="694"/>
        <source>Referral to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="703"/>
        <source>Referred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="704"/>
        <source>Offered: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="740"/>
        <source>The care plan is not saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="754"/>
        <source>Care plan saved: the consultation is recorded and the next review is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="798"/>
        <source>Save the care plan first: the printed plan is the saved one, and these changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="805"/>
        <source>There is no saved care plan to print yet: save the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="814"/>
        <source>Print the care plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanningView.cpp" line="822"/>
        <source>The care plan was printed for %1.</source>
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
    <name>ConflictListModel</name>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="83"/>
        <source>Demographics (name, address, consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="84"/>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="85"/>
        <source>Care process value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="86"/>
        <source>Staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="87"/>
        <source>Test sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="88"/>
        <source>Result review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="89"/>
        <source>Unmatched result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="90"/>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="91"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="92"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="93"/>
        <source>Letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="94"/>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="95"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="96"/>
        <source>Questionnaire definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="97"/>
        <source>Questionnaire answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="98"/>
        <source>Safety alert acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="110"/>
        <source>Not about one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="116"/>
        <source>Changed at one site, marked entered in error at another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="117"/>
        <source>Changed at two sites at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="118"/>
        <source>Changed at %1 sites at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="129"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="130"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="131"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="132"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="133"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictListModel.cpp" line="134"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictVersionsModel</name>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="31"/>
        <location filename="../ui/ConflictVersionsModel.cpp" line="37"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="33"/>
        <location filename="../ui/ConflictVersionsModel.cpp" line="53"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="33"/>
        <location filename="../ui/ConflictVersionsModel.cpp" line="53"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="39"/>
        <source>ENTERED IN ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="167"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="172"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="173"/>
        <source>%1 at %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="211"/>
        <source>  ≠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="225"/>
        <source> — shown for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="228"/>
        <source>Marks the record ENTERED IN ERROR (out of use)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="35"/>
        <source>Conflicts: records from two sites that disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="66"/>
        <source>Open the person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="112"/>
        <source>No open conflicts: every record agrees with the other sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="113"/>
        <source>1 record needs a clinician to choose which version is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="114"/>
        <source>%1 records need a clinician to choose which version is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="174"/>
        <source>&lt;b&gt;One site changed this %1 while another marked it entered in error.&lt;/b&gt; Neither knew of the other. Until you choose, CareHouse shows Version A at every site. Keep the version that is right; the other stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="179"/>
        <source>&lt;b&gt;Two sites changed this person&apos;s %1 at the same time&lt;/b&gt;, so neither includes the other&apos;s change. Until you choose, CareHouse shows Version A at every site. Fields that differ are highlighted (≠). Keep the version that is right — check with the person or the other site if unsure; the other stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="200"/>
        <source>Keep %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="205"/>
        <source>Keep this version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="219"/>
        <source>The versions on screen are not this person&apos;s. Choose the conflict again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="229"/>
        <source>this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="235"/>
        <source>Another version of this record arrived after these were shown, so nothing was kept. The versions below are as they are now: compare them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictsView.cpp" line="243"/>
        <source>Kept %1 for %2. The conflict is closed here and will close at the other sites with the next exchange; the other version stays in the history.</source>
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
    <name>DuplicateComparisonModel</name>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="37"/>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="44"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="45"/>
        <source>Date of birth (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="46"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="47"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="48"/>
        <source>GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="49"/>
        <source>Record started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="50"/>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="51"/>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="52"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="53"/>
        <source>Newest entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="69"/>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="84"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="70"/>
        <source>%1 (%2y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="74"/>
        <source>Restricted record: address not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="79"/>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="81"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="86"/>
        <source>%1 observations, %2 conditions, %3 care plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="90"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateComparisonModel.cpp" line="137"/>
        <source>  ≠</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateListModel</name>
    <message>
        <location filename="../ui/DuplicateListModel.cpp" line="104"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateListModel.cpp" line="105"/>
        <source>Names on the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateListModel.cpp" line="106"/>
        <source>Dates of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateListModel.cpp" line="107"/>
        <source>Records started at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="34"/>
        <source>Possible duplicates: two records with one NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="68"/>
        <source>Not the same person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="114"/>
        <source>No possible duplicates: no two records share an NHS number without a clinician&apos;s link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="116"/>
        <source>1 NHS number is on two records. Compare them: link them if they are one person; results for that NHS number wait in the unmatched queue until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="118"/>
        <source>%1 NHS numbers are each on two records. Compare them: link them if they are one person; results for those NHS numbers wait in the unmatched queue until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="169"/>
        <source>&lt;b&gt;Two records have NHS number %1.&lt;/b&gt; The person was probably registered at two sites before an exchange brought the records together. CareHouse never merges them or decides on a name: check with the person (or their GP practice) that they are one person, then choose the record to keep using — usually the one with their history. Nothing is moved or deleted; both records stay, each pointing to the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="213"/>
        <source>Same person — keep using %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="216"/>
        <source>Link the other record to %1 (started at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="217"/>
        <source>Only a nurse, GP or clinical lead can link records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="222"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="241"/>
        <source>The records on screen changed. Choose the NHS number again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="257"/>
        <source>Linked: %1&apos;s records are now one person&apos;s, kept under %2. Results for the NHS number file against it, and the link reaches the other sites with the next exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicatesView.cpp" line="270"/>
        <source>Then one of these records has the wrong NHS number. Check it with the person or their GP practice, open the record that is wrong and correct its NHS number (Edit details). Until then both records stay here, and results for the NHS number wait in the unmatched queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/ErrorText.cpp" line="30"/>
        <source>This field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="48"/>
        <source>%1 is not valid. Check what was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="49"/>
        <source>&quot;%1&quot; is not a valid %2. Choose one of the options offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="50"/>
        <source>%1 is needed. Fill it in before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="52"/>
        <source>The NHS number %1 is not valid: it must be 10 digits. Check it against the person&apos;s letter or card, or leave it empty if not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="59"/>
        <source>The NHS number %1 is not valid: its check digit does not match. Check it against the person&apos;s letter or card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="64"/>
        <source>&quot;%1&quot; is not a date CareHouse understands for the %2. Type it as day, month and four-digit year, e.g. 14/07/1945 or 14-Jul-1945.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="66"/>
        <location filename="../ui/ErrorText.cpp" line="68"/>
        <location filename="../ui/ErrorText.cpp" line="71"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="68"/>
        <source>The %1 %2 is in the future. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="70"/>
        <source>The %1 %2 is too long ago to be right. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="73"/>
        <source>Someone with NHS number %1 is already registered. Search for them instead of registering them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="78"/>
        <source>%1 %2 is outside the range a person can have (%3). Check the value and its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="80"/>
        <source>%1 %2 is outside the range a person can have. Check the value and its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="83"/>
        <source>&quot;%1&quot; is not a %2 CareHouse knows. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="84"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="87"/>
        <source>There is no CareHouse database at %1. Choose File &gt; Open database… to pick another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="89"/>
        <source>The %1 could not be found; it may have been removed. Go back to the search and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="90"/>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="92"/>
        <source>CareHouse could not open %1. Check the file is there and that you may read it, or choose File &gt; Open database… to pick another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="96"/>
        <source>%1 is not a CareHouse database. Choose File &gt; Open database… and pick a .carehouse file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="98"/>
        <source>%1 was written by a newer version of CareHouse. Update CareHouse on this computer before opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="102"/>
        <source>CareHouse may only read %1, not change it. Ask your practice IT support to give you write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="105"/>
        <source>The database is busy with another task. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="107"/>
        <source>The disk is full, so nothing was saved. Ask your practice IT support to free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="110"/>
        <source>The database is damaged and cannot be used safely. Stop using it and call your practice IT support, who can restore the last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="113"/>
        <source>CareHouse could not read or save the record. Try again; if it keeps happening, call your practice IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="116"/>
        <source>This database has not been set up yet. Ask your practice administrator to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="118"/>
        <source>This database is already set up for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="118"/>
        <source>a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="119"/>
        <source>You are not signed in. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="120"/>
        <source>The username or password is not right. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="122"/>
        <source>The account %1 has been switched off. Ask your practice administrator to switch it back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="125"/>
        <source>Your role does not allow this. Ask a colleague whose role does, or your practice administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="127"/>
        <source>There is already a user called %1. Choose another username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="129"/>
        <source>Someone else saved changes to this record while you were working on it, so yours were not saved. Close this window, reopen the record to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="134"/>
        <source>The practice&apos;s own %1 template cannot be used, so no letter was made: %2 An administrator can correct it, or restore the shipped template, under Settings, Letter templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="138"/>
        <source>The letter template %1 is damaged, so no letter was made: %2 Reinstall CareHouse or call your practice IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="142"/>
        <source>A CareHouse data file%1 is missing or damaged. Reinstall CareHouse or call your practice IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="144"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="146"/>
        <source>CareHouse could not read or write %1. Check the disk and that you may use the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="148"/>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="149"/>
        <source>Stopped before it finished. Nothing more was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="151"/>
        <source>%1 %2 looks like a value in another unit: did you mean %3? Check the unit before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="152"/>
        <source>a value in the usual unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="155"/>
        <source>&quot;%1&quot; is not a unit CareHouse can use for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="156"/>
        <source>this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="157"/>
        <source>&quot;%1&quot; is not a unit CareHouse can use for %2: it expects %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="158"/>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="158"/>
        <source>this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="162"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="162"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="163"/>
        <location filename="../ui/ErrorText.cpp" line="167"/>
        <location filename="../ui/ErrorText.cpp" line="170"/>
        <location filename="../ui/ErrorText.cpp" line="215"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="165"/>
        <source>%1 has no &quot;%2&quot; column. The first line must name the columns; check this is the file the laboratory sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="169"/>
        <source>%1 is empty. Check this is the file the laboratory sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="172"/>
        <source>%1: the row has only %2 columns, so it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="174"/>
        <source>%1: a quote mark is opened and never closed, so the rest of the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="177"/>
        <source>%1: &quot;%2&quot; in the %3 column cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="178"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="179"/>
        <source>%1 cannot be read. Check this is the file the laboratory sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="185"/>
        <source>This is too soon after the last invitation: two invitations must be at least 7 days apart. The next one can be recorded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="187"/>
        <source>next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="192"/>
        <source>These two records no longer have the same NHS number, so they were not linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="194"/>
        <source>The record chosen to keep is itself linked to another record. Choose the record it is linked to as the one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="197"/>
        <source>This record is not linked to another record; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="198"/>
        <source>A record cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="200"/>
        <source>This cannot be done now: the %1 has already been dealt with, perhaps by a colleague. Refresh the list to see where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="202"/>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="205"/>
        <source>Something went wrong. Try again; if it keeps happening, call your practice IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="215"/>
        <source>The file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="217"/>
        <source>The site key passphrase is not right, so nothing was sent or read. Type it again; the practice administrator or clinical lead knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="220"/>
        <location filename="../ui/ErrorText.cpp" line="292"/>
        <source>%1 has been removed from this site&apos;s peers, so nothing is sent to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="221"/>
        <source>This site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="225"/>
        <source>%1 is not a CareHouse exchange file, so nothing was read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="227"/>
        <source>%1 was made by a newer CareHouse. It is kept: update CareHouse on this computer, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="231"/>
        <source>%1 is still being copied into the folder. CareHouse will try it again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="238"/>
        <source>%1 is damaged or has been altered, so nothing in it was used and the record is unchanged. Ask the sender to export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="242"/>
        <source>%1 has been altered or damaged since it was signed, so nothing in it was used and the record is unchanged. Ask the sender to export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="246"/>
        <source>%1 comes from a site that is not one of this site&apos;s peers, so nothing in it was used. Add the site from its site card first if you work with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="250"/>
        <source>%1 was signed with a key this site no longer trusts (the peer was removed or its key revoked), so nothing in it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="254"/>
        <source>%1 is addressed to another site, so this site cannot read it. It is left in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="257"/>
        <source>%1 was sealed to keys this site does not have, so it cannot be read. Ask the sender to check they have this site&apos;s current card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="261"/>
        <source>%1 could not be read. Check the shared folder is there and you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="263"/>
        <source>The exchange file could not be written to the shared folder (is the disk full, or the folder read-only?). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="266"/>
        <source>The shared folder refused to take the finished exchange file (it does not allow files to be renamed). Nothing was sent; choose another folder or ask your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="269"/>
        <source>The exchange file read back from the shared folder was not what was written, so it was not sent. Check the folder&apos;s disk, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="272"/>
        <source>The exchange file could not be made: this site&apos;s details are not complete. Call your practice IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="281"/>
        <source>The site card cannot be used: it is damaged, altered or from a newer CareHouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="287"/>
        <source>This site has no exchange keys yet. An administrator or clinical lead makes them (site card) before anything can be sent or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="290"/>
        <source>%1 is not one of this site&apos;s peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="290"/>
        <source>That site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="294"/>
        <source>The peer could not be used as asked. An administrator can check it with peer list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="298"/>
        <source>the other site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="301"/>
        <source>A change from %1 is dated more than an hour ahead of this computer&apos;s clock, so the whole file was refused and the record is unchanged. One of the two clocks is wrong: ask IT support to check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="307"/>
        <source>A change from %1 builds on something this site has not received yet, so the file was refused and the record is unchanged. It will apply once the earlier file arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="311"/>
        <source>A change from %1 is of a kind this CareHouse does not know: update CareHouse, then import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="318"/>
        <source>A change from %1 cannot be right (damaged, or it contradicts this site&apos;s own record), so the file was refused and the record is unchanged. Call your practice IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="322"/>
        <source>This record no longer has a conflict: it was settled meanwhile, perhaps at another site. Nothing more needs doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="325"/>
        <source>That version is no longer one of the record&apos;s disagreeing versions. Look at the conflict again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="341"/>
        <source>The last exchange failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="349"/>
        <source>An answer is needed here before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="351"/>
        <source>This answer is not the kind this question takes. Check what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="352"/>
        <source>&quot;%1&quot; is not the kind of answer this question takes (a whole number, a number or a date, as asked). Check what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="356"/>
        <source>&quot;%1&quot; is not one of this question&apos;s answers. Choose one of those offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="358"/>
        <source>This question takes one answer only. Leave one chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="360"/>
        <source>This answer is too long: it can be at most %1 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="362"/>
        <source>This question is not asked after the earlier answers, so its answer cannot be saved. Clear it, or check the earlier answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="365"/>
        <source>CareHouse cannot take an answer for this item. Leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="367"/>
        <source>This questionnaire was updated after the form was opened, so the answers were not saved. Close the form and fill in the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="370"/>
        <source>These answers belong to another questionnaire, so they were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="382"/>
        <source>{%1} is not a placeholder this letter can fill. Use one from the list, or check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="385"/>
        <source>%1 is not a placeholder name. Use one from the list; write {{ or }} for a brace on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="388"/>
        <source>a placeholder is opened with { but not closed with } on the same line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="390"/>
        <source>there is a } with no { before it. Write }} for a brace on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="392"/>
        <source>{%1} stands for a whole part of the letter, so it cannot be inside a sentence. Put it on a line of its own, with a blank line before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="396"/>
        <source>{%1} is there twice. Each part of the letter can appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="398"/>
        <source>{%1} is missing, and this letter must have it. Put it back on a line of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="412"/>
        <source>invitation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="413"/>
        <source>results letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="418"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="429"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="435"/>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorText.cpp" line="402"/>
        <location filename="../ui/ErrorText.cpp" line="436"/>
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
    <name>GoalReviewsModel</name>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="123"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="123"/>
        <source>Partly achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="123"/>
        <source>Not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="123"/>
        <source>No longer relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="190"/>
        <source>Last plan&apos;s goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="191"/>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="192"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="75"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="75"/>
        <source>%1 / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="106"/>
        <source>Goal, in the person&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="107"/>
        <source>Why it matters to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CarePlanModels.cpp" line="108"/>
        <source>Confidence (0-10)</source>
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
        <location filename="../ui/HistoryModel.cpp" line="137"/>
        <source>Invitation letter sent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="138"/>
        <source>Results letter sent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="140"/>
        <source>Care plan agreed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="141"/>
        <source>Care plan changed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="143"/>
        <source>%1 (sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="143"/>
        <source>%1: now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="144"/>
        <source>Questionnaire definition stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="146"/>
        <source>Questionnaire recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="147"/>
        <source>Questionnaire recorded: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="149"/>
        <source>Safety alert acknowledged on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="161"/>
        <location filename="../ui/HistoryModel.cpp" line="162"/>
        <location filename="../ui/HistoryModel.cpp" line="165"/>
        <location filename="../ui/HistoryModel.cpp" line="178"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="180"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="208"/>
        <source>Username: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="210"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="222"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="223"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="224"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="225"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="226"/>
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
        <location filename="../ui/print/LetterPdfWriter.cpp" line="383"/>
        <source>NHS number: {nhs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/LetterPdfWriter.cpp" line="394"/>
        <source>Phone: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/LetterPdfWriter.cpp" line="414"/>
        <source>Address withheld — hand to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/LetterPdfWriter.cpp" line="416"/>
        <source>Address not known — hand to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/LetterPdfWriter.cpp" line="443"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPdfWriter::Batch</name>
    <message>
        <location filename="../ui/print/LetterPdfWriter.cpp" line="271"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/LetterPdfWriter.cpp" line="273"/>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/LetterPdfWriter.cpp" line="280"/>
        <source>the PDF is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/LetterPdfWriter.cpp" line="292"/>
        <source>cannot finish the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="56"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="64"/>
        <source>the person&apos;s name as on the envelope: Mr John Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="65"/>
        <source>how the letter greets them: Mr Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="66"/>
        <source>the practice&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="67"/>
        <source>the practice&apos;s address on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="68"/>
        <source>the practice&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="69"/>
        <source>the letter&apos;s date: 23-Nov-2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="71"/>
        <source>the care planning appointment&apos;s date (&quot;not booked yet&quot; without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="74"/>
        <source>its time, 24-hour (&quot;not booked yet&quot; without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="76"/>
        <source>where it is (&quot;the practice&quot; if not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="77"/>
        <source>who it is with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="79"/>
        <source>part: the results, one box per test done this year (must be there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="81"/>
        <source>part: tests not done yet and how to get them done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="83"/>
        <source>part: the care planning appointment, or how to book it (must be there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="86"/>
        <source>part: what to talk about, with tick boxes and lines to write on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="88"/>
        <source>part: PHQ-2 and GAD-2, when the practice turns them on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="103"/>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="107"/>
        <source>Invitation to the yearly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="108"/>
        <source>Results letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="111"/>
        <source>Preview in large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="116"/>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="118"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="139"/>
        <source>&amp;Template: a blank line between paragraphs, &quot;## &quot; starts a heading, &quot;- &quot; a bulleted line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="148"/>
        <source>&amp;Placeholders this letter may use (double-click to insert; a part goes on a line of its own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="168"/>
        <source>Preview for a sample person (not a real record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="183"/>
        <source>&amp;Restore shipped template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="185"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="187"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="296"/>
        <source>{%1} — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="322"/>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="433"/>
        <source>This practice&apos;s own template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="323"/>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="462"/>
        <source>The template CareHouse ships with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="436"/>
        <source>Saved. Every %1 made from now on uses this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="465"/>
        <source>The shipped template is back: every %1 made from now on uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="478"/>
        <source>Unsaved letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplatesDialog.cpp" line="479"/>
        <source>The %1 template has changes that are not saved. Save them, discard them, or stay here?</source>
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
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <location filename="../ui/MainWindow.cpp" line="544"/>
        <source>CareHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>&amp;Register a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>Record a &amp;diagnosis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>&amp;Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;About CareHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Worklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Import results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Results &amp;inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Unmatched results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Letter &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>&amp;Sync with other sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Possible &amp;duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>&amp;Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Res&amp;ults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502"/>
        <source>&amp;Back to the worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>&amp;Back to the results inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>&amp;Back to unmatched results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <source>&amp;Back to the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510"/>
        <source>&amp;Back to possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="535"/>
        <source>Signed in: %1  ·  Role: %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="539"/>
        <location filename="../ui/MainWindow.cpp" line="543"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="540"/>
        <source>CareHouse – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="553"/>
        <source>Open a CareHouse database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="554"/>
        <source>CareHouse databases (*.carehouse);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="604"/>
        <source>About CareHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="605"/>
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
    <name>PassphraseDialog</name>
    <message>
        <location filename="../ui/PassphraseDialog.cpp" line="38"/>
        <source>Site key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PassphraseDialog.cpp" line="39"/>
        <source>Sending and reading exchange files needs the site key passphrase of %1. CareHouse keeps it in memory until you sign out or close the program; it is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PassphraseDialog.cpp" line="55"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PassphraseDialog.cpp" line="64"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="37"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="63"/>
        <source>Only a nurse, GP or clinical lead can acknowledge this: tell one of them today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="66"/>
        <source>What was done (needed to acknowledge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="69"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="101"/>
        <source>See the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="121"/>
        <source>Compare the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="156"/>
        <source>ℹ Linked: this person also has another record (same NHS number) — look at both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="157"/>
        <source>⚠ Another record has this NHS number — possibly the same person: a clinician should compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="189"/>
        <source>⚠ Records from two sites disagree — a clinician must choose which is right (see Conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="191"/>
        <source>⚠ Records from two sites disagree in %1 places — a clinician must choose which is right (see Conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="225"/>
        <source>⚠ PHQ-9 item 9 (thoughts of self-harm) answered above 0 on %1 — talk to the person today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PatientBanner.cpp" line="228"/>
        <source> (and %n earlier alert(s) not yet acknowledged)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="239"/>
        <source>⚠ Safety alerts could not be read for this person. Check the Questionnaires tab before they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="268"/>
        <source>Born %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="272"/>
        <source>Born: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientBanner.cpp" line="274"/>
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
    <name>PatientLettersView</name>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="52"/>
        <source>&lt;b&gt;Pre-consultation results letter&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="57"/>
        <source>Large print (16 pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="59"/>
        <source>Include the PHQ-2 and GAD-2 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="61"/>
        <location filename="../ui/PatientLettersView.cpp" line="324"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="63"/>
        <location filename="../ui/PatientLettersView.cpp" line="325"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="65"/>
        <source>Printing or saving records the letter as sent today, and the person moves on to &quot;letter sent&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="72"/>
        <source>&lt;b&gt;Letters sent&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="82"/>
        <source>Show as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="85"/>
        <source>Back to today&apos;s letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="94"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="251"/>
        <source>Restricted record: this letter is never posted. Print it and hand it to the person; the address is not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="307"/>
        <source>No letter to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="315"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="315"/>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="317"/>
        <source>&lt;b&gt;The letter sent on %1&lt;/b&gt;, exactly as it went out (%2). Printing it again does not log a new letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="320"/>
        <source>Print again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="321"/>
        <source>Save copy as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="323"/>
        <source>&lt;b&gt;Today&apos;s letter&lt;/b&gt;, as it will be printed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="368"/>
        <source>Print the letter again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="368"/>
        <source>Print the results letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="376"/>
        <source>Printed again, exactly as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="377"/>
        <source>Printed, and logged as sent today: the person now shows &quot;letter sent&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="388"/>
        <source>Save the results letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="388"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="396"/>
        <source>A copy of the letter as sent was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientLettersView.cpp" line="397"/>
        <source>Saved to %1 and logged as sent today.</source>
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
        <source>: %1</source>
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
        <location filename="../ui/PatientView.cpp" line="49"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="50"/>
        <source>Care processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="51"/>
        <source>Surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="52"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="53"/>
        <source>Care planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="54"/>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="55"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="196"/>
        <source>Write what was done before acknowledging the alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="209"/>
        <source>Unsaved questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="210"/>
        <source>The %1 for %2 has answers that are not saved yet. Save them, discard them, or stay here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="225"/>
        <source>Unsaved care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="226"/>
        <source>The care plan for %1 has changes that are not saved yet. Save them, discard them, or stay here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="242"/>
        <source>Unsaved surveillance appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientView.cpp" line="243"/>
        <source>The surveillance appointment for %1 has entries that are not saved yet. Save them to finish later, discard them, or stay here?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerStatusModel</name>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="27"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="33"/>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="34"/>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="118"/>
        <source>People consenting to shared care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="119"/>
        <source>People referred to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="120"/>
        <source>Everyone (same care team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="121"/>
        <source>People on their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="146"/>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="148"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="152"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="155"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="156"/>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="157"/>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="160"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="166"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="177"/>
        <source>Peer site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="178"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="179"/>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="180"/>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="181"/>
        <source>Last received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="182"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="183"/>
        <source>To send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeerStatusModel.cpp" line="184"/>
        <source>Last problem</source>
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
    <name>QuestionnaireForm</name>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="78"/>
        <source>The person themselves (on paper or on screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="80"/>
        <source>Staff, asking the person and answering for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="89"/>
        <source>Save answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="92"/>
        <source>Save the answers (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="93"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="107"/>
        <source>Completed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="109"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="225"/>
        <source>%1 (needs an answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="239"/>
        <source>CareHouse cannot take answers to this kind of question (%1). Leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="250"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="250"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="266"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="293"/>
        <source>Something else, in the person&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="321"/>
        <source>day/month/year, e.g. 14/07/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="323"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="325"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="456"/>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="458"/>
        <source>Score %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="459"/>
        <source>Score %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/QuestionnaireForm.cpp" line="461"/>
        <source>Score so far %1%2 (%n question(s) still to answer)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="466"/>
        <source>. Item 9 is above 0: saving raises a safety alert on the person&apos;s banner for a clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireForm.cpp" line="514"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/QuestionnaireForm.cpp" line="517"/>
        <source>Not saved yet: %n answer(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireResponseModel</name>
    <message>
        <location filename="../ui/QuestionnaireResponseModel.cpp" line="49"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireResponseModel.cpp" line="53"/>
        <source>Staff for the person (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireResponseModel.cpp" line="54"/>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireResponseModel.cpp" line="55"/>
        <source>⚠ Item 9 above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireResponseModel.cpp" line="65"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireResponseModel.cpp" line="66"/>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireResponseModel.cpp" line="67"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireResponseModel.cpp" line="68"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireResponseModel.cpp" line="69"/>
        <source>Completed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnaireResponseModel.cpp" line="70"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairesView</name>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="65"/>
        <source>Fill in the chosen questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="67"/>
        <source>Print blank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="69"/>
        <source>The chosen questionnaire on paper for this person to fill in, with their name, date of birth and NHS number on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="71"/>
        <source>Save blank as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="73"/>
        <source>The same paper form as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="90"/>
        <source>Choose a questionnaire on the left and press &quot;Fill in the chosen questionnaire&quot; to type in a returned paper copy, or to fill it in with the person in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="105"/>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="112"/>
        <source>Completed, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="114"/>
        <source>Entered in error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="116"/>
        <source>For a questionnaire typed against the wrong person or from the wrong form: it stays in the history, marked, and no longer counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="145"/>
        <location filename="../ui/QuestionnairesView.cpp" line="300"/>
        <source>Unsaved answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="146"/>
        <location filename="../ui/QuestionnairesView.cpp" line="301"/>
        <source>The %1 has answers that are not saved yet. Save them, discard them, or stay here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="161"/>
        <source>%1, score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="162"/>
        <source>%1, score %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="170"/>
        <source>Saved: %1, completed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="200"/>
        <source>Your role may see questionnaires but not record them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="235"/>
        <source>Entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="236"/>
        <source>Why is the %1 completed on %2 entered in error? (For example: typed against the wrong person, another person&apos;s form.) It stays in the history, marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="239"/>
        <source>Mark entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="262"/>
        <source>The %1 completed on %2 is marked entered in error: it no longer counts in scores, the chart or alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="274"/>
        <location filename="../ui/QuestionnairesView.cpp" line="435"/>
        <source>Choose a questionnaire to see its scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="281"/>
        <source>This questionnaire cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="287"/>
        <source>The scores cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="373"/>
        <source>Print a blank %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="382"/>
        <source>A blank %1 was printed for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="398"/>
        <source>Save the blank questionnaire as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="399"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/QuestionnairesView.cpp" line="406"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <location filename="../ui/ReferralsModel.cpp" line="47"/>
        <source>Sent, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReferralsModel.cpp" line="48"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReferralsModel.cpp" line="49"/>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReferralsModel.cpp" line="50"/>
        <source>Referred back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReferralsModel.cpp" line="51"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReferralsModel.cpp" line="77"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReferralsModel.cpp" line="99"/>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReferralsModel.cpp" line="100"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReferralsModel.cpp" line="101"/>
        <source>Where it has got to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReferralsModel.cpp" line="102"/>
        <source>Note</source>
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
    <name>ResultsLetterRenderer</name>
    <message>
        <location filename="../ui/print/ResultsLetterRenderer.cpp" line="285"/>
        <location filename="../ui/ResultsLettersWorker.cpp" line="50"/>
        <source>Results letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsLettersDialog</name>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="48"/>
        <source>%1: restricted record, never in a postal batch; print their letter from their record (Letters tab) and hand it to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="51"/>
        <source>%1: no address recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="53"/>
        <source>%1: the letter could not be composed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="67"/>
        <source>Print results letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="70"/>
        <source>Only people whose care planning consultation is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="81"/>
        <source>One PDF for the print room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="84"/>
        <source>One PDF per person, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="89"/>
        <source>results-letters-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="90"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="99"/>
        <source>%v of %m letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="103"/>
        <location filename="../ui/ResultsLettersDialog.cpp" line="194"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="106"/>
        <location filename="../ui/ResultsLettersDialog.cpp" line="277"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="111"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="186"/>
        <source>No letters to print with these choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="187"/>
        <source>1 letter to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="187"/>
        <source>%1 letters to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="188"/>
        <source>Each is logged as sent once its PDF is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="195"/>
        <source>Print 1 letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="196"/>
        <source>Print %1 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="204"/>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="205"/>
        <source>Save the results letters as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="206"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="217"/>
        <source>Choose where to save the letters first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="239"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="295"/>
        <source>Nothing was printed or logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="297"/>
        <source>Cancelled: nothing was printed or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="299"/>
        <source>No letters were printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="301"/>
        <source>1 letter saved to %1 (%2 pages): open it and print it. It is logged as sent today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="305"/>
        <source>%1 letters saved to %2 (%3 pages): open it and print it. Each is logged as sent today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="310"/>
        <source>%1 letters saved, one file per person, in %2. Each is logged as sent today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="314"/>
        <source>Cancelled before the rest: they were not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="316"/>
        <source>Then it stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="319"/>
        <source>1 person is not in this batch: see the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsLettersDialog.cpp" line="320"/>
        <source>%1 people are not in this batch: see the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreChartView</name>
    <message>
        <location filename="../ui/ScoreChartView.cpp" line="41"/>
        <source>Choose a questionnaire to see its scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScoreChartView.cpp" line="76"/>
        <source>%1 has no score, so it has no chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScoreChartView.cpp" line="80"/>
        <source>No %1 completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScoreChartView.cpp" line="84"/>
        <source>%1: 1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScoreChartView.cpp" line="84"/>
        <source>%1: %2 scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScoreChartView.cpp" line="96"/>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScoreChartView.cpp" line="140"/>
        <source>⚠ Safety alert raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScoreChartView.cpp" line="150"/>
        <source>Date completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScoreChartView.cpp" line="154"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentLettersModel</name>
    <message>
        <location filename="../ui/SentLettersModel.cpp" line="60"/>
        <source>Results letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SentLettersModel.cpp" line="60"/>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SentLettersModel.cpp" line="62"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SentLettersModel.cpp" line="62"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SentLettersModel.cpp" line="64"/>
        <source>From the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SentLettersModel.cpp" line="64"/>
        <source>Print-room batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SentLettersModel.cpp" line="74"/>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SentLettersModel.cpp" line="75"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SentLettersModel.cpp" line="76"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SentLettersModel.cpp" line="77"/>
        <source>Print size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SentLettersModel.cpp" line="78"/>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SentLettersModel.cpp" line="79"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveillanceForm</name>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="126"/>
        <location filename="../ui/SurveillanceForm.cpp" line="560"/>
        <source>Open a person to record their surveillance appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="178"/>
        <source>Save and f&amp;inish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="180"/>
        <source>Saves what is entered so far (Ctrl+S); open the person again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="181"/>
        <source>C&amp;omplete appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="183"/>
        <source>Saves and records the appointment as attended (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="228"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="247"/>
        <source>Unit of the %1 as measured (type its first letter to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="270"/>
        <source>Value is &amp;correct: I have checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="294"/>
        <source>1. Weight and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="313"/>
        <source>&amp;Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="317"/>
        <source>H&amp;eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="326"/>
        <source>BMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="341"/>
        <source>2. Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="349"/>
        <source>top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="354"/>
        <source>bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="355"/>
        <source>&amp;Add reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="363"/>
        <source>&amp;Systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="365"/>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="366"/>
        <source>&amp;Diastolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="368"/>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="376"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="376"/>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="376"/>
        <source>Counts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="391"/>
        <source>Every reading is stored; the one marked counts as today&apos;s blood pressure. Delete removes the selected reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="393"/>
        <source>Re&amp;move reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="439"/>
        <source>3. Smoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="445"/>
        <source>Smo&amp;king status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="448"/>
        <source>Ad&amp;vice to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="456"/>
        <source>4. Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="463"/>
        <source>&amp;Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="465"/>
        <source>Ri&amp;ght foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="474"/>
        <source>5. Eye screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="479"/>
        <source>E&amp;ye screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="488"/>
        <source>6. Tests sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="491"/>
        <source>&amp;Bloods sent: HbA1c, cholesterol, creatinine and eGFR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="493"/>
        <source>Uri&amp;ne sent: ACR (albumin:creatinine ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="508"/>
        <source>7. Structured education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="512"/>
        <source>S&amp;tructured education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="520"/>
        <source>8. Care planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SurveillanceForm.cpp" line="524"/>
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
    <name>SyncView</name>
    <message>
        <location filename="../ui/SyncView.cpp" line="59"/>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="59"/>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="64"/>
        <source>1 conflict to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="64"/>
        <source>%1 conflicts to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="77"/>
        <source>Sync with other sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="87"/>
        <source>Choose the folder this site shares exchange files through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="88"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="94"/>
        <source>Give passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="108"/>
        <source>Show conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="132"/>
        <source>Export now to the selected peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="134"/>
        <source>Export now to all peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="136"/>
        <source>Import now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="142"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="146"/>
        <source>Shared folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="284"/>
        <source>The folder %1 is not there (is the network drive connected?). Choose the shared folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="296"/>
        <source>Choose the shared exchange folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="340"/>
        <source>This site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="342"/>
        <source>  ·  key fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="344"/>
        <source>  ·  no exchange keys yet: an administrator or clinical lead makes them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="351"/>
        <source>⚠ 1 record from two sites disagrees and needs a clinician to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="352"/>
        <source>⚠ %1 records from two sites disagree and need a clinician to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="370"/>
        <source>No peers yet. An administrator or clinical lead adds a site from its site card after reading its fingerprint aloud with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="372"/>
        <source>Select a peer to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="376"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2. Key fingerprint %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="380"/>
        <source>Removed: nothing is sent to it and its new files are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="383"/>
        <source>&lt;b&gt;Last problem (%1):&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="426"/>
        <source>Your role does not send or read exchange files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="428"/>
        <source>Choose the shared folder to send and receive records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="430"/>
        <source>The shared folder is not there: files are not being received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="433"/>
        <source>1 file from a peer is waiting. Give the site key passphrase to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="434"/>
        <source>%1 files from peers are waiting. Give the site key passphrase to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="436"/>
        <source>Files from peers are imported by themselves once the site key passphrase has been given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="438"/>
        <source>Watching the shared folder: files from peers are imported as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="475"/>
        <source>There are no peers to send to. Add one from its site card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="510"/>
        <location filename="../ui/SyncView.cpp" line="572"/>
        <source>Choose the shared folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="548"/>
        <source>A file is still being copied into the folder; it will be imported once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="550"/>
        <source>There are no new files for this site in the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="577"/>
        <source>Nothing was sent or read: the site key passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="589"/>
        <source>Writing exchange files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="590"/>
        <source>Reading exchange files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="615"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="651"/>
        <source>Stopped. Files already written or imported stay; nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="670"/>
        <source>Nothing new for %1 (the file tells them what arrived here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="671"/>
        <source>%1 for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="673"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="673"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="675"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="679"/>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="681"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="734"/>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="735"/>
        <source>Nothing new from %1 (%2 already here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="737"/>
        <source>; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="739"/>
        <source>; 1 conflict settled at another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="740"/>
        <source>; %1 conflicts settled at another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="746"/>
        <source>1 person arrived whose NHS number is on another record here: compare them under Sync &gt; Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="748"/>
        <source>%1 people arrived whose NHS numbers are on other records here: compare them under Sync &gt; Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="756"/>
        <source>A file was refused; nothing in it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncView.cpp" line="757"/>
        <source>%1 files were refused; nothing in them was used.</source>
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
        <location filename="../ui/UnmatchedResultsModel.cpp" line="97"/>
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
        <source>Two records have NHS number %1: compare them under Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="69"/>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="101"/>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="102"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="113"/>
        <source>Why it was not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="114"/>
        <source>NHS number given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="115"/>
        <source>Born (as given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="116"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="117"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="118"/>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="119"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnmatchedResultsModel.cpp" line="120"/>
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
        <location filename="../ui/WorklistModel.cpp" line="129"/>
        <location filename="../ui/WorklistModel.cpp" line="133"/>
        <location filename="../ui/WorklistModel.cpp" line="135"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="128"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="132"/>
        <source>Withheld (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="140"/>
        <source>Not overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="142"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="144"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="147"/>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="148"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="152"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="154"/>
        <source>%1 (last %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="94"/>
        <source>None booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="95"/>
        <source>Care planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="95"/>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="96"/>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="98"/>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="109"/>
        <source>invited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="110"/>
        <source>last invited %1 (%2 invitations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="114"/>
        <source>1 test awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="114"/>
        <source>%1 tests awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="116"/>
        <source>%1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="161"/>
        <source>All back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="163"/>
        <source>%1 (sent %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="169"/>
        <source>Unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="169"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="170"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="172"/>
        <source>%1 (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="219"/>
        <source>Restricted record: the address is withheld. Printed letters say &quot;Address withheld — hand to the patient&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="222"/>
        <source>%1
One review covers these conditions too: one invitation and one care planning consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="245"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="246"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="247"/>
        <source>Born (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="248"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="249"/>
        <source>Where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="250"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="251"/>
        <source>Overdue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="252"/>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="253"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="254"/>
        <source>Tests awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="255"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistModel.cpp" line="256"/>
        <source>Also reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <location filename="../ui/WorklistView.cpp" line="73"/>
        <source>Due or overdue for the yearly review and not invited yet. Print their letters, or select people to record an invitation made by SMS or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="76"/>
        <source>Invited once and not booked yet. A second invitation may go 7 days after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="78"/>
        <source>Invited twice and not booked. A nurse or GP may record that they declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="80"/>
        <source>Due or invited, with no tests appointment yet. Book them in with the healthcare assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="83"/>
        <source>Tests taken at the healthcare assistant&apos;s appointment; waiting for the laboratory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="85"/>
        <source>Results are back: send the results letter before the care planning conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="87"/>
        <source>Results are back: book the care planning conversation with the nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="89"/>
        <source>Declined or unsuitable for now: not recalled until the date shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="99"/>
        <source>Due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="100"/>
        <source>Invited once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="101"/>
        <source>Invited twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="102"/>
        <source>Surveillance to book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="103"/>
        <source>Results awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="104"/>
        <source>Letters to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="105"/>
        <source>Care planning to book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="106"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="114"/>
        <source>Recall worklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="135"/>
        <source>Filter by name, NHS number, date of birth or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="170"/>
        <source>Record invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="172"/>
        <source>Book appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="174"/>
        <source>Record exception…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="176"/>
        <source>Print invitation letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="178"/>
        <source>Print results letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="180"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="182"/>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="186"/>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="255"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="307"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="307"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="310"/>
        <source>showing %1 of 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="310"/>
        <source>showing %1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="326"/>
        <source>Print invitation letters (%1 selected)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="327"/>
        <source>Print invitation letters (all %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="332"/>
        <source>Print results letters (%1 selected)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="333"/>
        <source>Print results letters (all %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="394"/>
        <source>Invitation recorded for 1 person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="395"/>
        <source>Invitation recorded for %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="398"/>
        <source>Not recorded (invited less than 7 days ago): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="398"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="421"/>
        <source>Appointment booked for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="439"/>
        <source>Exception recorded for %1: off recall until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="461"/>
        <source>worklist-%1-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="465"/>
        <source>Export the list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="465"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="472"/>
        <source>Saved 1 person to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="473"/>
        <source>Saved %1 people to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="498"/>
        <source>%1: invited on %2; the next invitation may go from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="506"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="513"/>
        <source>%1: no address recorded; phone them or send an SMS instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="522"/>
        <source>Invitations to the yearly diabetes review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="570"/>
        <source>invitation-letters-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="571"/>
        <source>Save the invitation letters as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="572"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="581"/>
        <source>No letters were printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="583"/>
        <source>1 letter saved to %1: open it and print it. A letter invitation dated today is recorded for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="587"/>
        <source>%1 letters saved to %2: open it and print it. A letter invitation dated today is recorded for each person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="592"/>
        <source>Not printed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorklistView.cpp" line="595"/>
        <source>Printed, but the invitation could not be recorded; record it by hand: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carehouse::ui</name>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="71"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="72"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="73"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="74"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="75"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="76"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="77"/>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="78"/>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="79"/>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="80"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="81"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="82"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="83"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="84"/>
        <source>Sharing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="85"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="86"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="87"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="88"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="89"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="90"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="91"/>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="92"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="93"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="94"/>
        <source>Second value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="95"/>
        <source>Coded value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="96"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="97"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConflictVersionsModel.cpp" line="98"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="261"/>
        <source>Tick all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="261"/>
        <source>Tick one box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="266"/>
        <source>Something else (write it here):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="273"/>
        <source>Write a whole number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="277"/>
        <source>Write a number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="281"/>
        <source>Write the date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="281"/>
        <source>day / month / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="333"/>
        <source>an earlier question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="338"/>
        <source>question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="362"/>
        <source>any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="362"/>
        <source>each of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="368"/>
        <source>%1 questions %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="377"/>
        <source>%1 %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="377"/>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="377"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="383"/>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="416"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="383"/>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="416"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="405"/>
        <source>you answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="405"/>
        <source>you did not answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="408"/>
        <source>you ticked “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="410"/>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="416"/>
        <source>you answered “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="411"/>
        <source>your answer to %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="414"/>
        <source>you ticked an answer other than “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="417"/>
        <source>your answer to %1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="419"/>
        <source>your answer to %1 is after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="420"/>
        <source>your answer to %1 is more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="422"/>
        <source>your answer to %1 is before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="423"/>
        <source>your answer to %1 is less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="425"/>
        <source>your answer to %1 is %2 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="426"/>
        <source>your answer to %1 is %2 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="428"/>
        <source>your answer to %1 is %2 or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="429"/>
        <source>your answer to %1 is %2 or less</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carehouse::ui::FormHtml</name>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="169"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="169"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print/BlankQuestionnaireRenderer.cpp" line="212"/>
        <source>Tick one box on each line.</source>
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
