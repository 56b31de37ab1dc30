# Screener messages (English). The source for translations.
#
# Every message gets the variable $who:
#   "self"          the reader answers for themselves ("you")
#   "someone_else"  the reader answers for another person ("the person")
# When the wording changes, the message uses a selector:
#   { $who ->
#       [someone_else] Is the person ...?
#      *[self] Are you ...?
#   }
# Translators: keep the selector even when your language does not need it, or remove it if both
# forms are the same. Never translate message ids (the part before " =").
#
# Write at about a 6th-grade reading level. Results always say "may": never "you qualify" and
# never "you are not eligible". Ask facts, not legal conclusions.
# Ids follow the scheme in screener-wasm/src/engine/ids.rs.

## Result page

screener-result-intro =
    { $who ->
        [someone_else] Based on the answers, the person may need help with the things below.
       *[self] Based on your answers, you may need help with the things below.
    }
screener-result-disclaimer =
    { $who ->
        [someone_else] This is not legal advice. Only a lawyer or a DOJ-accredited representative can tell you what the person should do. The answers were not saved or sent anywhere.
       *[self] This is not legal advice. Only a lawyer or a DOJ-accredited representative can tell you what to do. Your answers were not saved or sent anywhere.
    }

## Answer buttons shared by many questions

screener-answer-yes = Yes
screener-answer-no = No
screener-answer-unsure = I don't know

## Questions: who and where

screener-question-answering_for = Who are you answering for?
screener-choice-answering_for-self = Myself
screener-choice-answering_for-someone_else = Someone else, for example a family member who is detained

screener-question-in_us =
    { $who ->
        [someone_else] Is the person in the United States now?
       *[self] Are you in the United States now?
    }

screener-question-age =
    { $who ->
        [someone_else] How old is the person?
       *[self] How old are you?
    }
screener-help-age = If you are not sure, choose the closest age. Some options are only for children and young people.

## Questions: detention, court, orders and letters (urgent first)

screener-question-detained =
    { $who ->
        [someone_else] Is the person being held by immigration right now, for example in a detention center, a jail, or by Border Patrol?
       *[self] Are you being held by immigration right now, for example in a detention center, a jail, or by Border Patrol?
    }
screener-help-detained = This means immigration officers (ICE or Border Patrol) are keeping the person in a place they cannot leave.

screener-question-recent_border_stop =
    { $who ->
        [someone_else] Did this arrest happen at the border, or in the first two weeks after the person crossed it?
       *[self] Did this arrest happen at the border, or in the first two weeks after you crossed it?
    }
screener-help-recent_border_stop = At the border, officers can sometimes send people back fast, without a judge. This is called expedited removal. Officers now use it in other places too, for people who came less than two years ago.

screener-question-court_papers =
    { $who ->
        [someone_else] Has the person ever gotten papers from immigration court? For example, a "Notice to Appear" or a paper with a hearing date.
       *[self] Have you ever gotten papers from immigration court? For example, a "Notice to Appear" or a paper with a hearing date.
    }
screener-help-court_papers = A Notice to Appear (Form I-862) starts a case in immigration court. Court papers may say "Executive Office for Immigration Review" or "EOIR".

screener-question-next_hearing =
    { $who ->
        [someone_else] When is the person's next immigration court hearing?
       *[self] When is your next immigration court hearing?
    }
screener-help-next_hearing = Look for the date on the newest court paper. If there is no date, or you are not sure, choose "I don't know". You can check a case by calling the court at 1-800-898-7180. You need the A-number: the 9-digit number that starts with "A".

screener-question-missed_hearing =
    { $who ->
        [someone_else] Has the person ever missed an immigration court hearing?
       *[self] Have you ever missed an immigration court hearing?
    }

screener-question-removal_order =
    { $who ->
        [someone_else] Has a judge or an immigration officer ever ordered the person to be deported (removed) from the United States?
       *[self] Has a judge or an immigration officer ever ordered you to be deported (removed) from the United States?
    }
screener-help-removal_order = This is called a removal order or a deportation order. It may have happened in court, or at the border without a judge.

screener-question-order_date = When was the order made?
screener-help-order_date = If you remember only the month and year, that is enough.

screener-question-ice_checkin =
    { $who ->
        [someone_else] Does the person have to report to ICE (check-ins)? Or has ICE asked the person to get a passport or travel papers?
       *[self] Do you have to report to ICE (check-ins)? Or has ICE asked you to get a passport or travel papers?
    }
screener-help-ice_checkin = Check-ins are meetings at an ICE office, or by phone or app. Some people must wear an ankle monitor. If ICE asks for a passport or travel papers, it may be planning a deportation.

screener-question-unknown_letter =
    { $who ->
        [someone_else] Has the person gotten a letter from a US government office, like immigration or the court, and you are not sure what it means?
       *[self] Have you gotten a letter from a US government office, like immigration or the court, and you are not sure what it means?
    }
screener-help-unknown_letter = Some letters have deadlines that are easy to miss. Keep every letter and its envelope.

screener-question-has_agency_deadline =
    { $who ->
        [someone_else] Has immigration or the court given the person a date to do something by? For example, to send papers, answer a letter, or leave the country.
       *[self] Has immigration or the court given you a date to do something by? For example, to send papers, answer a letter, or leave the country.
    }
screener-help-has_agency_deadline = Letters called "Request for Evidence" or "Notice of Intent to Deny" give a deadline. A judge can give one too.

screener-question-agency_deadline = What is that date?

## Questions: papers (immigration status)

screener-question-status =
    { $who ->
        [someone_else] What immigration papers does the person have now?
       *[self] What immigration papers do you have now?
    }
screener-help-status = Choose all that fit. For example, a person can have parole and also be waiting for an asylum decision. If you are not sure, choose "I don't know" alone. That is fine.
screener-choice-status-us_citizen = US citizen
screener-choice-status-lpr = Green card (permanent resident)
screener-choice-status-asylee = Granted asylum (asylee)
screener-choice-status-refugee = Came as a refugee
screener-choice-status-pending_asylum = Applied for asylum and waiting for a decision
screener-choice-status-daca = DACA
screener-choice-status-tps = TPS (Temporary Protected Status)
screener-choice-status-parole = Parole, for example let in with CBP One or a humanitarian program
screener-choice-status-visa = A visa that has not run out (student, work, visitor, or other)
screener-choice-status-overstayed = A visa or permission that has run out
screener-choice-status-none = No papers

screener-question-status_expires = When do those papers (DACA, TPS, parole or visa) run out? If there is more than one date, give the first one.
screener-help-status_expires = Look for the end date on the work permit, the approval notice, or the I-94 record. If it already ran out, enter that date.

## Questions: fear of going back

screener-question-fear_return =
    { $who ->
        [someone_else] Is the person afraid of being hurt or killed if they go back to their home country?
       *[self] Are you afraid of being hurt or killed if you go back to your home country?
    }

screener-question-harm_because_of_who =
    { $who ->
        [someone_else] Is that harm because of who the person is or what they believe? For example: their race, religion, nationality, political views, or a group they belong to.
       *[self] Is that harm because of who you are or what you believe? For example: your race, religion, nationality, political views, or a group you belong to.
    }
screener-help-harm_because_of_who = A group can be a family, an ethnic group, being LGBTQ+, and more. There is no wrong answer. A lawyer will ask more about what happened and why.

screener-question-fear_torture_by_officials =
    { $who ->
        [someone_else] Is the person afraid that police, soldiers, or other officials would torture them, or let someone else do it?
       *[self] Are you afraid that police, soldiers, or other officials would torture you, or let someone else do it?
    }

screener-question-arrival_date =
    { $who ->
        [someone_else] When did the person last come into the United States?
       *[self] When did you last come into the United States?
    }
screener-help-arrival_date = The date of the most recent arrival. If you remember only the month and year, that is enough.

screener-question-asylum_filed =
    { $who ->
        [someone_else] Has the person already applied for asylum?
       *[self] Have you already applied for asylum?
    }
screener-help-asylum_filed = People apply for asylum with Form I-589, sent to USCIS or given to the immigration court.

screener-question-asylum_denied_before =
    { $who ->
        [someone_else] Has a judge or USCIS ever said no to an asylum application from the person?
       *[self] Has a judge or USCIS ever said no to an asylum application from you?
    }

screener-question-arrived_as_child_alone =
    { $who ->
        [someone_else] When the person came to the United States, were they under 18 and without a parent or legal guardian?
       *[self] When you came to the United States, were you under 18 and without a parent or legal guardian?
    }
screener-help-arrived_as_child_alone = This is sometimes called an "unaccompanied child". Children who come alone have extra protections.

## Questions: family

screener-question-wants_family_help =
    { $who ->
        [someone_else] Is there a family member who might help the person get papers, or whom the person wants to help get papers?
       *[self] Is there a family member who might help you get papers, or whom you want to help get papers?
    }
screener-help-wants_family_help = For example a husband or wife, a parent, a child, a brother or a sister. It can go either way: the family member may help, or may need help.

screener-question-status_grant_date =
    { $who ->
        [someone_else] When was the person granted asylum, or when did they arrive as a refugee?
       *[self] When were you granted asylum, or when did you arrive as a refugee?
    }
screener-help-status_grant_date = Look at the approval notice or the I-94 record. If you remember only the month and year, that is enough.

screener-question-relationship =
    { $who ->
        [someone_else] What is that family member to the person?
       *[self] What is that family member to you?
    }
screener-help-relationship = For example, if it is the mother, choose "Parent". If there are several family members, answer for the closest one.
screener-choice-relationship-spouse = Husband or wife
screener-choice-relationship-parent = Parent (mother or father)
screener-choice-relationship-child_under_21 = Child under 21
screener-choice-relationship-son_daughter_21_plus = Son or daughter, 21 or older
screener-choice-relationship-sibling = Brother or sister
screener-choice-relationship-fiance = Fiancé or fiancée (engaged to marry)
screener-choice-relationship-other = Another relative, for example a cousin, aunt, or grandparent

screener-question-relative_status = What immigration papers does that family member have?
screener-choice-relative_status-us_citizen = US citizen
screener-choice-relative_status-lpr = Green card (permanent resident)
screener-choice-relative_status-asylee = Granted asylum (asylee)
screener-choice-relative_status-refugee = Came as a refugee
screener-choice-relative_status-none = Other papers, or no papers

screener-question-relative_location = Where does that family member live now?
screener-choice-relative_location-in_us = In the United States
screener-choice-relative_location-abroad = In another country

screener-question-entry_manner =
    { $who ->
        [someone_else] How did the person last come into the United States?
       *[self] How did you last come into the United States?
    }
screener-help-entry_manner = This matters for some family cases. An airport or a border crossing where an officer checks papers counts as "let in by an officer".
screener-choice-entry_manner-inspected = Through an airport or border crossing, let in by an officer
screener-choice-entry_manner-without_inspection = Crossed without being seen by an officer
screener-choice-entry_manner-parole = Let in on parole, for example with CBP One or a humanitarian program

## Questions: other options and safety

screener-question-crime_victim =
    { $who ->
        [someone_else] Has the person been the victim of a crime in the United States? For example, an attack, domestic violence, sexual assault, or threats.
       *[self] Have you been the victim of a crime in the United States? For example, an attack, domestic violence, sexual assault, or threats.
    }
screener-help-crime_victim = It still counts if the crime was never reported to the police.

screener-question-trafficked =
    { $who ->
        [someone_else] Has anyone forced or tricked the person into working or into sex? Or kept them in a job with threats, debts, or by taking their papers?
       *[self] Has anyone forced or tricked you into working or into sex? Or kept you in a job with threats, debts, or by taking your papers?
    }

screener-question-abused_by_family =
    { $who ->
        [someone_else] Has the person's husband or wife, parent, or adult son or daughter hurt, threatened, or controlled them, while that family member was a US citizen or had a green card?
       *[self] Has your husband or wife, parent, or adult son or daughter hurt, threatened, or controlled you, while that family member was a US citizen or had a green card?
    }
screener-help-abused_by_family = Abuse is not only hitting. It can be threats, control of money or papers, or cruel words that make a person afraid.

screener-question-child_abused_neglected =
    { $who ->
        [someone_else] Has a parent hurt, neglected, or abandoned the person?
       *[self] Has a parent hurt, neglected, or abandoned you?
    }

screener-question-unsafe_now =
    { $who ->
        [someone_else] Is someone hurting, threatening, or controlling the person now?
       *[self] Is someone hurting, threatening, or controlling you now?
    }

screener-question-criminal_history =
    { $who ->
        [someone_else] Has the person ever been arrested, charged with a crime, or found guilty of a crime, in any country?
       *[self] Have you ever been arrested, charged with a crime, or found guilty of a crime, in any country?
    }
screener-help-criminal_history = Include things that seem small, and cases that were dropped. A lawyer needs to know this to protect the person.

## Areas: title, what it means, next step

screener-area-asylum = Asylum and protection
screener-area-asylum-text =
    { $who ->
        [someone_else] The person may be afraid to go back home. Asylum and similar protection can let people stay in the United States.
       *[self] You may be afraid to go back home. Asylum and similar protection can let people stay in the United States.
    }
screener-area-asylum-next = Talk to a lawyer about asylum soon. There is a one-year deadline, so do not wait.

screener-area-removal_defense = Fighting deportation
screener-area-removal_defense-text =
    { $who ->
        [someone_else] The person may have a case in immigration court or with ICE. A lawyer can look for ways for them to stay.
       *[self] You may have a case in immigration court or with ICE. A lawyer can look for ways for you to stay.
    }
screener-area-removal_defense-next = Never miss a hearing or an ICE check-in. Find free legal help now, and keep all papers together in one safe place.

screener-area-family = Family petitions
screener-area-family-text =
    { $who ->
        [someone_else] A family member may be able to ask for papers for the person, or the person may be able to ask for papers for a family member.
       *[self] A family member may be able to ask for papers for you, or you may be able to ask for papers for a family member.
    }
screener-area-family-next = Talk to a lawyer or an accredited representative before you file anything or travel. Some mistakes can lead to long bans.

screener-area-other_help = Talk to someone about the situation
screener-area-other_help-text = The answers did not point to one area. That does not mean there is no option: laws change, and a lawyer may see something this screener cannot.
screener-area-other_help-next = Contact a free legal service near you, and bring any papers you have.

## Flags: options a lawyer should look at (title, what it means, next step)

screener-flag-withholding_cat = Withholding of removal and torture protection
screener-flag-withholding_cat-text = These protections are like asylum but have different rules. They have no one-year deadline. They can help when asylum is not possible, or when someone may be sent to a dangerous third country.
screener-flag-withholding_cat-next = Ask a lawyer about "withholding of removal" and the "Convention Against Torture".

screener-flag-credible_fear = Credible fear interview
screener-flag-credible_fear-text = Officers can send some people back fast, without a judge: people stopped at the border, and people found anywhere in the country who came less than two years ago. A person who is afraid to go back can ask to talk with an asylum officer first.
screener-flag-credible_fear-next =
    { $who ->
        [someone_else] The person should tell the officers clearly that they are afraid to go back, and ask for a lawyer.
       *[self] Tell the officers clearly that you are afraid to go back, and ask for a lawyer.
    }

screener-flag-one_year_deadline_exception = Exceptions to the one-year asylum deadline
screener-flag-one_year_deadline_exception-text = The deadline to apply for asylum may have passed. There are exceptions, for example for big changes in the home country, serious illness, or children who came alone.
screener-flag-one_year_deadline_exception-next = Do not give up, but do not wait: even with an exception, people must apply soon after. Talk to a lawyer now.

screener-flag-i730_follow_to_join = Bringing a husband, wife, or child after asylum or refugee status
screener-flag-i730_follow_to_join-text = People granted asylum or refugee status can ask for their husband or wife and unmarried children to join them. A son or daughter who was under 21 when the parent applied can still count as a child. This is Form I-730, and it usually must be filed within two years.
screener-flag-i730_follow_to_join-next = Gather marriage and birth certificates, and talk to a lawyer about Form I-730.

screener-flag-u_visa = U visa for crime victims
screener-flag-u_visa-text = Some victims of crimes in the United States who help the police can get a U visa.
screener-flag-u_visa-next = Ask a lawyer about a U visa. Keep any police reports and medical records.

screener-flag-t_visa = T visa for trafficking survivors
screener-flag-t_visa-text = People who were forced or tricked into work or sex may be able to get a T visa.
screener-flag-t_visa-next = For free, private help, call the National Human Trafficking Hotline at 1-888-373-7888 or text 233733.

screener-flag-vawa = VAWA: protection from an abusive family member
screener-flag-vawa-text = People abused by a husband, wife, parent, or adult child who is a citizen or has a green card may be able to apply on their own. The abuser does not have to help, or know.
screener-flag-vawa-next = Talk to a lawyer or a domestic violence program about VAWA.

screener-flag-sijs = Special Immigrant Juvenile Status
screener-flag-sijs-text = Young people under 21 who were abused, neglected, or abandoned by a parent may be able to get a green card this way. It needs a state court order first.
screener-flag-sijs-next = Act fast: state courts have age limits, often 18 or 21. Talk to a lawyer now.

screener-flag-tps = Temporary Protected Status (TPS)
screener-flag-tps-text = TPS protects people from some countries from deportation and gives a work permit. The list of countries changes often, and some TPS has ended.
screener-flag-tps-next =
    { $who ->
        [someone_else] Ask a lawyer whether TPS still covers the person's country, and what to do if it ends.
       *[self] Ask a lawyer whether TPS still covers your country, and what to do if it ends.
    }

screener-flag-daca = DACA
screener-flag-daca-text = DACA protects some people who came to the United States before age 16 and have lived here since June 2007. Court cases decide who can apply for the first time.
screener-flag-daca-next = Ask a lawyer about the DACA rules today. If you have DACA already, send the renewal 150 to 120 days before it ends.

screener-flag-motion_to_reopen = Reopening an old case
screener-flag-motion_to_reopen-text = A missed hearing or an old order can sometimes be reopened. In some cases there are 180 days to ask. If the notice of the hearing never arrived, there may be no deadline.
screener-flag-motion_to_reopen-next = Find the order and talk to a lawyer right away. You can check a case by calling 1-800-898-7180.

screener-flag-cancellation_of_removal = Cancellation of removal
screener-flag-cancellation_of_removal-text = A judge can sometimes let a person stay: for example a green card holder, or someone in the United States for 10 years or more whose close family would suffer.
screener-flag-cancellation_of_removal-next = Collect proof of the years in the United States, like rent, school, or pay records, and talk to a lawyer.

screener-flag-criminal_history_review = Check arrests and convictions with a lawyer
screener-flag-criminal_history_review-text = An arrest or a conviction can change which options are safe. Even small or old cases matter.
screener-flag-criminal_history_review-next = Before applying for anything, show a lawyer the court papers for every case.

screener-flag-unlawful_presence_review = Check for travel and time-without-papers problems
screener-flag-unlawful_presence_review-text = Leaving the United States after time without papers, or after coming in without being let in by an officer, can cause a ban of 3 or 10 years.
screener-flag-unlawful_presence_review-next = Do not leave the United States or go to a consulate interview before talking to a lawyer.

## Deadlines computed from the answers (the date is shown next to the title)

screener-deadline-one_year_asylum = One-year asylum deadline
screener-deadline-one_year_asylum-text = Asylum usually must be asked for within one year of the last arrival in the United States.

screener-deadline-follow_to_join = Form I-730 deadline
screener-deadline-follow_to_join-text = Form I-730 usually must be filed within two years of the asylum grant or the refugee arrival. A late form can sometimes be accepted for humanitarian reasons.

screener-deadline-reopen_in_absentia = 180 days to ask to reopen
screener-deadline-reopen_in_absentia-text = After an order for missing a hearing, there are 180 days to ask to reopen the case for serious reasons. If the hearing notice never arrived, there may be no deadline.

screener-deadline-appeal = Appeal deadline
screener-deadline-appeal-text = An appeal of a judge's decision must reach the Board of Immigration Appeals within 30 days of the decision. Find a lawyer now: there is little time.

screener-deadline-hearing_date = Next court hearing
screener-deadline-hearing_date-text = Go to every hearing, even without a lawyer yet. Missing one can lead to a deportation order.

screener-deadline-agency_date = Date in a letter
screener-deadline-agency_date-text = Do what the letter asks before this date, or get help from a lawyer right away.

screener-deadline-status_end = Papers end
screener-deadline-status_end-text = Renewing before this date can help keep protection and a work permit.

## Urgent notice

screener-urgent = This may be urgent
screener-urgent-text =
    { $who ->
        [someone_else] Some answers show that time may be short for the person. Get help today if you can.
       *[self] Some answers show that time may be short. Get help today if you can.
    }
screener-urgent-next = Call a free legal service now. If someone is detained, write down their A-number and where they are held. You can check a court case by calling 1-800-898-7180.

## Safety notice. Numbers checked 2026-12-02 against the hotlines' own sites and the Justice Department (ovc.ojp.gov); check again before each release.

screener-safety = Your safety comes first
screener-safety-text = If you are in danger now, call 911. National Domestic Violence Hotline: 1-800-799-7233, or text START to 88788. National Human Trafficking Hotline: 1-888-373-7888, or text 233733.
screener-safety-next = If someone may see this screen, use the Quick exit button. It leaves this page at once, but it does not erase your browsing history. When it is safe, clear your history or use a private window.

## New in December 2026

screener-question-third_country_notice =
    { $who ->
        [someone_else] Has immigration said the person may be sent to a country that is not their own?
       *[self] Has immigration said you may be sent to a country that is not your own?
    }
screener-help-third_country_notice = This is called a "third country" removal. The warning can come only a day before, or even a few hours. If there is any fear of harm in that country, it must be said right away.
screener-question-tps_country =
    { $who ->
        [someone_else] Is the person a citizen of one of these countries: { $tps }?
       *[self] Are you a citizen of one of these countries: { $tps }?
    }
screener-help-tps_country = These countries have Temporary Protected Status (TPS). This list is from { $tps_as_of }. The list changes often, so a lawyer should check it again.
screener-question-has_uscis_appointment =
    { $who ->
        [someone_else] Does the person have an interview or a fingerprint appointment with USCIS?
       *[self] Do you have an interview or a fingerprint appointment with USCIS?
    }
screener-help-has_uscis_appointment = USCIS sends a letter with the date. A fingerprint appointment is also called "biometrics". Missing one can stop the application.
screener-question-uscis_appointment = What is the date of the appointment?
screener-question-asylum_fee_notice =
    { $who ->
        [someone_else] Has the person gotten a letter saying they must pay a yearly fee to keep their asylum application open?
       *[self] Have you gotten a letter saying you must pay a yearly fee to keep your asylum application open?
    }
screener-help-asylum_fee_notice = Since 2025, people must pay a fee for each year their asylum application waits. The letter says how much and how to pay. If it is not paid within 30 days of the letter, USCIS rejects the application.
screener-question-first_arrival_date =
    { $who ->
        [someone_else] When did the person first come to the United States to live?
       *[self] When did you first come to the United States to live?
    }
screener-help-first_arrival_date = The very first time, even if it was many years ago. If you remember only the month and year, that is enough.
screener-question-birth_date =
    { $who ->
        [someone_else] What is the person's date of birth?
       *[self] What is your date of birth?
    }
screener-help-birth_date = Some options depend on the exact age. Your answer stays on this phone.
screener-question-child_under_21_at_filing = Was the son or daughter under 21 and not married on the day the parent applied for asylum or refugee status?
screener-flag-check_i94 = Check the visa end date
screener-flag-check_i94-text = The date a visa stay ends is on the I-94 record, not on the visa itself. You can look it up for free on the website of U.S. Customs and Border Protection (CBP).
screener-flag-check_i94-next = Find the I-94 record and check the date. If it is less than 90 days away, or already passed, talk to a lawyer.
screener-deadline-daca_renewal = Start the DACA renewal
screener-deadline-daca_renewal-text = USCIS asks for the renewal 150 to 120 days before DACA ends. Sending it in this window helps avoid a gap.
screener-deadline-uscis_appointment_date = USCIS appointment
screener-deadline-uscis_appointment_date-text = Go to the appointment and bring the letter and an ID. If you cannot go, ask USCIS for a new date before the day.

## The result page and the readable list

screener-what-now = What to do now
screener-call = Call { $name }
screener-call-hotline = For detention and court: { $name }
screener-no-phone = Find a free legal service near you
screener-areas-heading = What you may need help with
screener-dates-heading = Dates to know
screener-why-details = Why we show this
screener-choose-all = You can choose more than one.
screener-choose-some = Please choose at least one answer.
screener-list-separator = {", "}
screener-date-day = { $month } { $day }, { $year }
screener-date-month = { $month } { $year }
screener-static-skip = If you answered "{ $answer }", go to question { $number }.
screener-static-skip-results = If you answered "{ $answer }", go to "What the answers may mean".
screener-static-urgent = Get help fast if any of these fit
screener-static-choose-all = (more than one can fit)
