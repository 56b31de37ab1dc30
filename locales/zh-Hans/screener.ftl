# 问卷的文字（简体中文）。译自 locales/en/screener.ftl。
#
# 每条消息都会收到变量 $who：
#   "self"          读者替自己回答（“您”）
#   "someone_else"  读者替另一个人回答（“这个人”）
# 当说法不同时，消息使用选择器：
#   { $who ->
#       [someone_else] 这个人……吗？
#      *[self] 您……吗？
#   }
# 不要翻译消息编号（" =" 左边的部分）。
#
# 用大约小学六年级的阅读水平来写。结果总是说“可能”：绝不说“您符合条件”，
# 也绝不说“您不符合资格”。问事实，不问法律结论。
# 编号规则见 screener-wasm/src/engine/ids.rs。

## 结果页

screener-result-intro =
    { $who ->
        [someone_else] 根据这些回答，这个人可能需要下面这些方面的帮助。
       *[self] 根据您的回答，您可能需要下面这些方面的帮助。
    }
screener-result-disclaimer =
    { $who ->
        [someone_else] 这不是法律建议。只有律师或经美国司法部认证的代表，才能告诉您这个人应该怎么做。这些回答没有被保存，也没有被发送到任何地方。
       *[self] 这不是法律建议。只有律师或经美国司法部认证的代表，才能告诉您应该怎么做。您的回答没有被保存，也没有被发送到任何地方。
    }

## 很多问题共用的回答按钮

screener-answer-yes = 是
screener-answer-no = 否
screener-answer-unsure = 我不知道

## 问题：替谁回答，在哪里

screener-question-answering_for = 您是替谁回答？
screener-choice-answering_for-self = 我自己
screener-choice-answering_for-someone_else = 别人，比如一位被拘留的家人

screener-question-in_us =
    { $who ->
        [someone_else] 这个人现在在美国吗？
       *[self] 您现在在美国吗？
    }

screener-question-age =
    { $who ->
        [someone_else] 这个人今年多大？
       *[self] 您今年多大？
    }
screener-help-age = 如果您不确定，请选最接近的年龄。有些选项只适用于儿童和年轻人。

## 问题：拘留、法庭、命令和信件（紧急的放在前面）

screener-question-detained =
    { $who ->
        [someone_else] 这个人现在是不是被移民官员关押着？比如关在拘留中心、监狱里，或者被边境巡逻队（Border Patrol）扣留？
       *[self] 您现在是不是被移民官员关押着？比如关在拘留中心、监狱里，或者被边境巡逻队（Border Patrol）扣留？
    }
screener-help-detained = 意思是移民官员（ICE 或边境巡逻队）把这个人关在一个不能离开的地方。

screener-question-recent_border_stop =
    { $who ->
        [someone_else] 这次被抓是在边境，还是在这个人越过边境后的头两个星期内？
       *[self] 这次被抓是在边境，还是在您越过边境后的头两个星期内？
    }
screener-help-recent_border_stop = 在边境，官员有时可以不经过法官，很快把人送回去。这叫快速遣返。现在在其他地方也会用，对象是来美国不到两年的人。

screener-question-court_papers =
    { $who ->
        [someone_else] 这个人有没有收到过移民法庭的文件？比如“出庭通知”（Notice to Appear），或者写着听证日期的文件。
       *[self] 您有没有收到过移民法庭的文件？比如“出庭通知”（Notice to Appear），或者写着听证日期的文件。
    }
screener-help-court_papers = 出庭通知（I-862 表格）会在移民法庭开启一个案子。法庭的文件上可能写着“Executive Office for Immigration Review”（移民审查执行办公室）或“EOIR”。

screener-question-next_hearing =
    { $who ->
        [someone_else] 这个人下一次移民法庭听证是哪一天？
       *[self] 您下一次移民法庭听证是哪一天？
    }
screener-help-next_hearing = 请看最新的法庭文件上的日期。如果没有日期，或者您不确定，请选“我不知道”。您可以打电话给法庭查案子：1-800-898-7180。您需要 A号码：就是以“A”开头的9位数号码。

screener-question-missed_hearing =
    { $who ->
        [someone_else] 这个人有没有错过移民法庭的听证？
       *[self] 您有没有错过移民法庭的听证？
    }

screener-question-removal_order =
    { $who ->
        [someone_else] 法官或移民官员有没有下令把这个人从美国驱逐（遣返）出境？
       *[self] 法官或移民官员有没有下令把您从美国驱逐（遣返）出境？
    }
screener-help-removal_order = 这叫做遣返令或驱逐令。它可能是在法庭上作出的，也可能是在边境、没有法官的情况下作出的。

screener-question-order_date = 这个命令是什么时候作出的？
screener-help-order_date = 如果您只记得月份和年份，也可以。

screener-question-ice_checkin =
    { $who ->
        [someone_else] 这个人是不是必须去 ICE 报到（check-in）？或者 ICE 有没有叫这个人去办护照或旅行证件？
       *[self] 您是不是必须去 ICE 报到（check-in）？或者 ICE 有没有叫您去办护照或旅行证件？
    }
screener-help-ice_checkin = 报到就是去 ICE 办公室见面，或者通过电话或手机应用程序报到。有些人必须在脚踝上戴电子监控器。如果 ICE 要护照或旅行证件，可能代表 ICE 正在准备遣返。

screener-question-unknown_letter =
    { $who ->
        [someone_else] 这个人有没有收到美国政府机关（比如移民部门或法庭）寄来的信，而您不确定信上是什么意思？
       *[self] 您有没有收到美国政府机关（比如移民部门或法庭）寄来的信，但不确定信上是什么意思？
    }
screener-help-unknown_letter = 有些信上有期限，很容易错过。请保留每一封信和它的信封。

screener-question-has_agency_deadline =
    { $who ->
        [someone_else] 移民部门或法庭有没有给这个人一个日期，要求在那天以前做某件事？比如寄文件、回信，或者离开美国。
       *[self] 移民部门或法庭有没有给您一个日期，要求您在那天以前做某件事？比如寄文件、回信，或者离开美国。
    }
screener-help-has_agency_deadline = 叫做“补件通知”（Request for Evidence）或“拒绝意向通知”（Notice of Intent to Deny）的信，会给一个期限。法官也可能给一个期限。

screener-question-agency_deadline = 那个日期是哪一天？

## 问题：证件（移民身份）

screener-question-status =
    { $who ->
        [someone_else] 这个人现在有什么移民证件？
       *[self] 您现在有什么移民证件？
    }
screener-help-status = 请选所有符合的。比如，一个人可能有临时入境许可（parole），同时也在等庇护的决定。如果您不确定，请只选“我不知道”。这样也没关系。
screener-choice-status-us_citizen = 美国公民
screener-choice-status-lpr = 绿卡（永久居民）
screener-choice-status-asylee = 已经获得庇护（获得庇护者）
screener-choice-status-refugee = 以难民身份来到美国
screener-choice-status-pending_asylum = 已经申请庇护，正在等待决定
screener-choice-status-daca = DACA
screener-choice-status-tps = TPS（临时保护身份）
screener-choice-status-parole = 临时入境许可（parole），比如通过 CBP One 或人道主义项目入境
screener-choice-status-visa = 还没有过期的签证（学生、工作、旅游或其他）
screener-choice-status-overstayed = 已经过期的签证或许可
screener-choice-status-none = 没有证件

screener-question-status_expires = 这些证件（DACA、TPS、临时入境许可或签证）什么时候到期？如果有不止一个日期，请填最早的那个。
screener-help-status_expires = 请看工作许可、批准通知或 I-94 记录上的结束日期。如果已经过期了，请填那个日期。

## 问题：害怕回去

screener-question-fear_return =
    { $who ->
        [someone_else] 这个人是不是害怕回到自己的国家会被伤害或被杀？
       *[self] 您是不是害怕回到自己的国家会被伤害或被杀？
    }

screener-question-harm_because_of_who =
    { $who ->
        [someone_else] 这种伤害是不是因为这个人的身份或信仰？比如：这个人的种族、宗教、国籍、政治观点，或者所属的某个群体。
       *[self] 这种伤害是不是因为您的身份或信仰？比如：您的种族、宗教、国籍、政治观点，或者您所属的某个群体。
    }
screener-help-harm_because_of_who = 群体可以是一个家族、一个民族、LGBTQ+ 人群，等等。没有错误的答案。律师会再详细问发生了什么事，以及为什么。

screener-question-fear_torture_by_officials =
    { $who ->
        [someone_else] 这个人是不是害怕警察、军人或其他官员会对这个人施加酷刑，或者让别人这样做？
       *[self] 您是不是害怕警察、军人或其他官员会对您施加酷刑，或者让别人这样做？
    }

screener-question-arrival_date =
    { $who ->
        [someone_else] 这个人最后一次进入美国是什么时候？
       *[self] 您最后一次进入美国是什么时候？
    }
screener-help-arrival_date = 填最近一次到达美国的日期。如果您只记得月份和年份，也可以。

screener-question-asylum_filed =
    { $who ->
        [someone_else] 这个人已经申请庇护了吗？
       *[self] 您已经申请庇护了吗？
    }
screener-help-asylum_filed = 人们用 I-589 表格申请庇护，寄给 USCIS，或者交给移民法庭。

screener-question-asylum_denied_before =
    { $who ->
        [someone_else] 法官或 USCIS 有没有拒绝过这个人的庇护申请？
       *[self] 法官或 USCIS 有没有拒绝过您的庇护申请？
    }

screener-question-arrived_as_child_alone =
    { $who ->
        [someone_else] 这个人来美国的时候，是不是未满18岁，而且没有父母或法定监护人陪着？
       *[self] 您来美国的时候，是不是未满18岁，而且没有父母或法定监护人陪着？
    }
screener-help-arrived_as_child_alone = 这有时叫做“无人陪伴的儿童”（unaccompanied child）。独自来的儿童有额外的保护。

## 问题：家庭

screener-question-wants_family_help =
    { $who ->
        [someone_else] 有没有一位家人可能帮这个人拿到证件？或者，这个人想帮某位家人拿到证件？
       *[self] 有没有一位家人可能帮您拿到证件？或者，您想帮某位家人拿到证件？
    }
screener-help-wants_family_help = 比如丈夫或妻子、父母、孩子、兄弟或姐妹。两种情况都算：这位家人可能会帮忙，也可能需要帮忙。

screener-question-status_grant_date =
    { $who ->
        [someone_else] 这个人是什么时候获得庇护的？或者，是什么时候以难民身份到达美国的？
       *[self] 您是什么时候获得庇护的？或者，是什么时候以难民身份到达美国的？
    }
screener-help-status_grant_date = 请看批准通知或 I-94 记录。如果您只记得月份和年份，也可以。

screener-question-relationship =
    { $who ->
        [someone_else] 这位家人是这个人的什么人？
       *[self] 这位家人是您的什么人？
    }
screener-help-relationship = 比如，如果是母亲，请选“父母”。如果有好几位家人，请回答关系最近的那一位。
screener-choice-relationship-spouse = 丈夫或妻子
screener-choice-relationship-parent = 父母（母亲或父亲）
screener-choice-relationship-child_under_21 = 未满21岁的孩子
screener-choice-relationship-son_daughter_21_plus = 已满21岁的儿子或女儿
screener-choice-relationship-sibling = 兄弟或姐妹
screener-choice-relationship-fiance = 未婚夫或未婚妻（已经订婚）
screener-choice-relationship-other = 其他亲戚，比如堂表兄弟姐妹、姑姑阿姨，或者祖父母

screener-question-relative_status = 这位家人有什么移民证件？
screener-choice-relative_status-us_citizen = 美国公民
screener-choice-relative_status-lpr = 绿卡（永久居民）
screener-choice-relative_status-asylee = 已经获得庇护（获得庇护者）
screener-choice-relative_status-refugee = 以难民身份来到美国
screener-choice-relative_status-none = 其他证件，或者没有证件

screener-question-relative_location = 这位家人现在住在哪里？
screener-choice-relative_location-in_us = 在美国
screener-choice-relative_location-abroad = 在其他国家

screener-question-entry_manner =
    { $who ->
        [someone_else] 这个人最后一次是怎样进入美国的？
       *[self] 您最后一次是怎样进入美国的？
    }
screener-help-entry_manner = 这对一些家庭案子很重要。从机场或边境口岸入境、有官员检查证件的，算是“由官员放行入境”。
screener-choice-entry_manner-inspected = 从机场或边境口岸入境，由官员放行入境
screener-choice-entry_manner-without_inspection = 越过边境时，没有被官员看到
screener-choice-entry_manner-parole = 凭临时入境许可（parole）入境，比如通过 CBP One 或人道主义项目

## 问题：其他选择和安全

screener-question-crime_victim =
    { $who ->
        [someone_else] 这个人在美国有没有成为犯罪的受害者？比如被人攻击、家庭暴力、性侵犯或威胁。
       *[self] 您在美国有没有成为犯罪的受害者？比如被人攻击、家庭暴力、性侵犯或威胁。
    }
screener-help-crime_victim = 就算这件事从来没有报警，也算。

screener-question-trafficked =
    { $who ->
        [someone_else] 有没有人强迫或欺骗这个人去做工或从事性交易？或者用威胁、债务，或者拿走证件的方法，不让这个人离开一份工作？
       *[self] 有没有人强迫或欺骗您去做工或从事性交易？或者用威胁、债务，或者拿走您证件的方法，不让您离开一份工作？
    }

screener-question-abused_by_family =
    { $who ->
        [someone_else] 这个人的丈夫或妻子、父母，或者成年的儿子或女儿，有没有伤害、威胁或控制过这个人？而且当时这位家人是美国公民或有绿卡？
       *[self] 您的丈夫或妻子、父母，或者成年的儿子或女儿，有没有伤害、威胁或控制过您？而且当时这位家人是美国公民或有绿卡？
    }
screener-help-abused_by_family = 虐待不只是打人。它也可以是威胁、控制钱或证件，或者说残忍的话，让人害怕。

screener-question-child_abused_neglected =
    { $who ->
        [someone_else] 父亲或母亲有没有伤害、忽视或遗弃过这个人？
       *[self] 父亲或母亲有没有伤害、忽视或遗弃过您？
    }

screener-question-unsafe_now =
    { $who ->
        [someone_else] 现在有没有人在伤害、威胁或控制这个人？
       *[self] 现在有没有人在伤害、威胁或控制您？
    }

screener-question-criminal_history =
    { $who ->
        [someone_else] 这个人有没有在任何国家被逮捕过、被控告犯罪，或者被判有罪？
       *[self] 您有没有在任何国家被逮捕过、被控告犯罪，或者被判有罪？
    }
screener-help-criminal_history = 看起来很小的事，以及已经撤销的案子，也要算进去。律师需要知道这些，才能保护这个人。

## 帮助的方面：标题、意思、下一步

screener-area-asylum = 庇护和保护
screener-area-asylum-text =
    { $who ->
        [someone_else] 这个人可能害怕回到自己的国家。庇护和类似的保护可以让人留在美国。
       *[self] 您可能害怕回到自己的国家。庇护和类似的保护可以让人留在美国。
    }
screener-area-asylum-next = 请尽快找律师谈庇护的事。申请庇护有一年的期限，所以不要等。

screener-area-removal_defense = 对抗遣返
screener-area-removal_defense-text =
    { $who ->
        [someone_else] 这个人可能在移民法庭或 ICE 那里有案子。律师可以找办法让这个人留下来。
       *[self] 您可能在移民法庭或 ICE 那里有案子。律师可以找办法让您留下来。
    }
screener-area-removal_defense-next = 永远不要错过听证或 ICE 报到。现在就找免费法律帮助，并把所有文件放在同一个安全的地方。

screener-area-family = 亲属申请书
screener-area-family-text =
    { $who ->
        [someone_else] 一位家人也许可以为这个人申请证件，或者这个人也许可以为一位家人申请证件。
       *[self] 一位家人也许可以为您申请证件，或者您也许可以为一位家人申请证件。
    }
screener-area-family-next = 在提交任何文件或出门旅行以前，先和律师或认证代表谈一谈。有些错误可能让人很多年不能回到美国。

screener-area-other_help = 找人谈一谈这个情况
screener-area-other_help-text = 这些回答没有指向某一个方面。这不代表没有办法：法律会改变，律师也可能看出这份问卷看不出来的东西。
screener-area-other_help-next = 联系您附近的免费法律服务，并带上您有的所有文件。

## 提醒：律师应该看一看的选择（标题、意思、下一步）

screener-flag-withholding_cat = 禁止遣返和《禁止酷刑公约》保护
screener-flag-withholding_cat-text = 这些保护和庇护很像，但规定不一样。它们没有一年的期限。在不能申请庇护时，或者有人可能被送到危险的第三国时，它们可以帮忙。
screener-flag-withholding_cat-next = 请问律师关于“禁止遣返”（withholding of removal）和“《禁止酷刑公约》”（Convention Against Torture）的事。

screener-flag-credible_fear = 可信恐惧面谈
screener-flag-credible_fear-text = 官员可以不经过法官，很快把一些人送回去：在边境被拦下的人，以及在美国任何地方被找到、来美国不到两年的人。害怕回去的人可以要求先和庇护官员谈。
screener-flag-credible_fear-next =
    { $who ->
        [someone_else] 这个人应该清楚地告诉官员，自己害怕回去，并要求见律师。
       *[self] 请清楚地告诉官员，您害怕回去，并要求见律师。
    }

screener-flag-one_year_deadline_exception = 庇护一年期限的例外情况
screener-flag-one_year_deadline_exception-text = 申请庇护的期限可能已经过了。有一些例外情况，比如自己的国家发生了很大的变化、得了重病，或者是独自来美国的儿童。
screener-flag-one_year_deadline_exception-next = 不要放弃，但也不要等：就算有例外情况，也必须在那之后很快申请。现在就找律师谈一谈。

screener-flag-i730_follow_to_join = 获得庇护或难民身份后，把丈夫、妻子或孩子接过来
screener-flag-i730_follow_to_join-text = 获得庇护或难民身份的人，可以申请让丈夫或妻子和没有结婚的子女来团聚。父亲或母亲提出申请时不满 21 岁的儿子或女儿，现在仍然可以算作子女。这是 I-730 表格，通常必须在两年内提交。
screener-flag-i730_follow_to_join-next = 收集结婚证明和出生证明，并找律师谈 I-730 表格的事。

screener-flag-u_visa = 给犯罪受害者的U签证
screener-flag-u_visa-text = 在美国遭受某些犯罪、并帮助警察的一些受害者，可能可以拿到U签证。
screener-flag-u_visa-next = 请问律师关于U签证的事。保存好所有警察报告和医疗记录。

screener-flag-t_visa = 给人口贩卖幸存者的T签证
screener-flag-t_visa-text = 被强迫或被欺骗去做工或从事性交易的人，也许可以拿到T签证。
screener-flag-t_visa-next = 如果想得到免费、保密的帮助，请打全国人口贩卖热线（National Human Trafficking Hotline）1-888-373-7888，或者发短信到 233733。

screener-flag-vawa = VAWA：不受施暴家人伤害的保护
screener-flag-vawa-text = 有些人被丈夫、妻子、父母或成年子女虐待，而施暴者是美国公民或有绿卡。这些人也许可以自己申请。施暴者不需要帮忙，也不需要知道。
screener-flag-vawa-next = 请找律师或家庭暴力援助机构谈 VAWA 的事。

screener-flag-sijs = 特殊移民青少年身份（SIJS）
screener-flag-sijs-text = 被父亲或母亲虐待、忽视或遗弃的未满21岁的年轻人，也许可以通过这种方式拿到绿卡。首先需要州法院的命令。
screener-flag-sijs-next = 要快：州法院有年龄限制，常常是18岁或21岁。现在就找律师谈一谈。

screener-flag-tps = 临时保护身份（TPS）
screener-flag-tps-text = TPS 保护来自某些国家的人不被遣返，还给工作许可。国家名单常常改变，有些国家的 TPS 已经结束了。
screener-flag-tps-next =
    { $who ->
        [someone_else] 请问律师，TPS 现在还包不包括这个人的国家，如果结束了该怎么办。
       *[self] 请问律师，TPS 现在还包不包括您的国家，如果结束了该怎么办。
    }

screener-flag-daca = DACA
screener-flag-daca-text = DACA 保护一些 16 岁以前来到美国、从 2007 年 6 月起一直住在这里的人。谁可以第一次申请，由法院的案子决定。
screener-flag-daca-next = 请问律师现在的 DACA 规定是什么。如果已经有 DACA，请在到期前 150 天到 120 天之间寄出续期申请。

screener-flag-motion_to_reopen = 重开以前的案子
screener-flag-motion_to_reopen-text = 错过的听证或以前的命令，有时可以重新打开。在一些情况下，有180天可以提出请求。如果从来没有收到听证通知，可能没有期限。
screener-flag-motion_to_reopen-next = 找到那份命令，马上找律师谈一谈。您可以打 1-800-898-7180 查案子。

screener-flag-cancellation_of_removal = 取消遣返
screener-flag-cancellation_of_removal-text = 法官有时可以让一个人留下来：比如有绿卡的人，或者在美国住了10年或更久、而且亲近的家人会因此受很大苦的人。
screener-flag-cancellation_of_removal-next = 收集在美国住了多少年的证明，比如房租、上学或工资记录，并找律师谈一谈。

screener-flag-criminal_history_review = 找律师查看逮捕和定罪记录
screener-flag-criminal_history_review-text = 被逮捕或被定罪，会改变哪些选择是安全的。就算是很小或很久以前的案子，也有影响。
screener-flag-criminal_history_review-next = 在申请任何东西以前，把每一个案子的法庭文件拿给律师看。

screener-flag-unlawful_presence_review = 检查出境旅行和没有证件的时间会不会带来问题
screener-flag-unlawful_presence_review-text = 在美国没有证件住了一段时间以后离开美国，或者没有经过官员放行就入境以后离开美国，可能让人3年或10年不能回来。
screener-flag-unlawful_presence_review-next = 在和律师谈之前，不要离开美国，也不要去领事馆面谈。

## 根据回答算出的期限（日期显示在标题旁边）

screener-deadline-one_year_asylum = 庇护一年期限
screener-deadline-one_year_asylum-text = 通常必须在最后一次到达美国后的一年内申请庇护。

screener-deadline-follow_to_join = I-730 表格期限
screener-deadline-follow_to_join-text = I-730 表格通常必须在获得庇护或以难民身份到达后的两年内提交。有时因为人道原因，晚交的表格也可能被接受。

screener-deadline-reopen_in_absentia = 180天内要求重开案件
screener-deadline-reopen_in_absentia-text = 因为错过听证而被下令遣返以后，有180天可以因为严重的原因，要求重新打开案子。如果从来没有收到听证通知，可能没有期限。

screener-deadline-appeal = 上诉期限
screener-deadline-appeal-text = 对法官决定的上诉，必须在决定后 30 天内送到移民上诉委员会。请马上找律师：时间不多了。

screener-deadline-hearing_date = 下一次法庭听证
screener-deadline-hearing_date-text = 每一次听证都要去，就算还没有律师也要去。错过一次，可能导致遣返令。

screener-deadline-agency_date = 信上的日期
screener-deadline-agency_date-text = 请在这个日期以前做信上要求的事，或者马上找律师帮忙。

screener-deadline-status_end = 证件到期
screener-deadline-status_end-text = 在这个日期以前续期，可以帮助保住保护和工作许可。

## 紧急提示

screener-urgent = 这可能很紧急
screener-urgent-text =
    { $who ->
        [someone_else] 有些回答显示，这个人的时间可能不多了。如果可以，请今天就找人帮忙。
       *[self] 有些回答显示，时间可能不多了。如果可以，请今天就找人帮忙。
    }
screener-urgent-next = 现在就打电话给免费法律服务。如果有人被拘留，请写下这个人的 A号码和关押地点。您可以打 1-800-898-7180 查法庭案子。

## 安全提示（电话号码：每次发布前都要核对）

screener-safety = 您的安全最重要
screener-safety-text = 如果您现在有危险，请打 911。全国家庭暴力热线：1-800-799-7233，或者发短信 START 到 88788。全国人口贩卖热线：1-888-373-7888，或者发短信到 233733。
screener-safety-next = 如果有人可能看到这个屏幕，请按“快速离开”按钮。它会马上离开这一页，但不会删除您的浏览记录。安全的时候，请清除浏览记录，或者使用无痕（隐私）窗口。

## 2026 年 12 月新增

screener-question-third_country_notice =
    { $who ->
        [someone_else] 移民部门有没有告诉这个人，可能会把他送到一个不是他自己国家的国家？
       *[self] 移民部门有没有告诉您，可能会把您送到一个不是您自己国家的国家？
    }
screener-help-third_country_notice = 这叫遣返到“第三国”。通知可能只提前一天，甚至只提前几个小时。如果害怕在那个国家受到伤害，一定要马上说出来。
screener-question-tps_country =
    { $who ->
        [someone_else] 这个人是不是这些国家之一的公民：{ $tps }？
       *[self] 您是不是这些国家之一的公民：{ $tps }？
    }
screener-help-tps_country = 这些国家有临时保护身份（TPS）。这份名单是 { $tps_as_of } 的。名单常常改变，所以要请律师再查一次。
screener-question-has_uscis_appointment =
    { $who ->
        [someone_else] 这个人有没有 USCIS 的面谈或按指纹的预约？
       *[self] 您有没有 USCIS 的面谈或按指纹的预约？
    }
screener-help-has_uscis_appointment = USCIS 会寄信写明日期。按指纹的预约也叫“生物识别”。错过预约可能会让申请停下来。
screener-question-uscis_appointment = 预约是哪一天？
screener-question-asylum_fee_notice =
    { $who ->
        [someone_else] 这个人有没有收到一封信，说必须每年交一笔费用，庇护申请才能继续保留？
       *[self] 您有没有收到一封信，说必须每年交一笔费用，庇护申请才能继续保留？
    }
screener-help-asylum_fee_notice = 从 2025 年起，庇护申请每等一年，就要交一笔费用。信上写着要交多少、怎么交。如果在信上日期后 30 天内没有交，USCIS 会拒收这份申请。
screener-question-first_arrival_date =
    { $who ->
        [someone_else] 这个人第一次来美国住是什么时候？
       *[self] 您第一次来美国住是什么时候？
    }
screener-help-first_arrival_date = 是最早的那一次，就算是很多年以前。如果您只记得月份和年份，也可以。
screener-question-birth_date =
    { $who ->
        [someone_else] 这个人的出生日期是哪一天？
       *[self] 您的出生日期是哪一天？
    }
screener-help-birth_date = 有些办法要看准确的年龄。您的回答只留在这部手机上。
screener-question-child_under_21_at_filing = 在父亲或母亲申请庇护或难民身份的那一天，这个儿子或女儿是不是不满 21 岁、而且没有结婚？
screener-flag-check_i94 = 查一查签证停留到哪天结束
screener-flag-check_i94-text = 持签证可以停留到哪一天，写在 I-94 记录上，不是写在签证上。您可以在美国海关和边境保护局（CBP）的网站上免费查到。
screener-flag-check_i94-next = 找到 I-94 记录，查看日期。如果离那天不到 90 天，或者已经过了，请找律师谈一谈。
screener-deadline-daca_renewal = 开始办 DACA 续期
screener-deadline-daca_renewal-text = USCIS 要求在 DACA 到期前 150 天到 120 天之间申请续期。在这段时间寄出，可以避免中间没有保护。
screener-deadline-uscis_appointment_date = USCIS 预约
screener-deadline-uscis_appointment_date-text = 按时去预约，带上那封信和身份证件。如果去不了，请在那天以前请 USCIS 改一个日期。

## 结果页面和可以阅读的问题列表

screener-what-now = 现在该做什么
screener-call = 打电话给 { $name }
screener-call-hotline = 拘留和法庭问题：{ $name }
screener-no-phone = 找您附近的免费法律服务
screener-areas-heading = 您可能需要帮助的事情
screener-dates-heading = 要记住的日期
screener-why-details = 为什么显示这一项
screener-choose-all = 可以选不止一个。
screener-choose-some = 请至少选一个回答。
screener-list-separator = 、
screener-date-day = { $year }年{ $month }{ $day }日
screener-date-month = { $year }年{ $month }
screener-static-skip = 如果您的回答是“{ $answer }”，请跳到第 { $number } 题。
screener-static-skip-results = 如果您的回答是“{ $answer }”，请跳到“这些回答可能代表什么”。
screener-static-urgent = 如果下面有符合的情况，请尽快找人帮忙
screener-static-choose-all = （可能不止一个符合）
