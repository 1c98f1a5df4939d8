/// The names a demo pipeline draws from: companies, people, topics, owners and reasons.
enum DemoNames {
    /// The language a company's deal titles are written in: the language of its name.
    enum Language { case english, chinese, japanese }

    static let companies: [(name: String, language: Language)] = [
        ("Acme Corp", .english), ("Initech", .english), ("Globex", .english), ("Umbrella Health", .english),
        ("O'Brien Partners", .english), ("Northwind Traders", .english), ("Stark Logistics", .english),
        ("Wayne Foods", .english), ("Hooli", .english), ("Vandelay Industries", .english), ("Müller & Söhne", .english),
        ("Café Lumière", .english), ("北京星云科技有限公司", .chinese), ("上海蓝海贸易", .chinese), ("深圳未来电子", .chinese),
        ("杭州青山软件", .chinese), ("广州南方物流", .chinese), ("成都天府餐饮", .chinese), ("株式会社サクラ", .japanese),
        ("東京システム", .japanese),
    ]
    static let topics = ["renewal", "expansion", "pilot", "new licences", "support plan", "upgrade", "onboarding", "2027 contract"]
    static let chineseTopics = ["新采购", "续约", "扩容", "试点项目", "年度合同", "系统升级"]
    /// As many as the Chinese topics, so a seed draws the same deals as before (issue 15 item 6: Japanese
    /// companies had Chinese titles).
    static let japaneseTopics = ["新規導入", "契約更新", "増設", "試験導入", "年間契約", "システム更新"]

    /// The topics of a company's titles, in its language.
    static func topics(in language: Language) -> [String] {
        switch language {
        case .english: topics
        case .chinese: chineseTopics
        case .japanese: japaneseTopics
        }
    }
    static let people: [(name: String, email: String)] = [
        ("Bob Smith", "bob"), ("Maria García", "maria"), ("Liam O'Neil", "liam"), ("Yuki Tanaka", "yuki"),
        ("Priya Shah", "priya"), ("Jonas Weber", "jonas"), ("王伟", "wang.wei"), ("李娜", "li.na"),
        ("张敏", "zhang.min"), ("刘洋", "liu.yang"), ("陈静", "chen.jing"), ("Chloé Martin", "chloe"),
    ]
    static let jobTitles = ["Head of Sales", "CTO", "Procurement Manager", "CEO", "Operations Lead", "采购经理", "IT Director"]
    static let owners = ["Alex Rivera", "Sam Patel", "王芳", "Jordan Lee"]
    static let lostReasons = ["price", "timing", "competitor", "no budget", "no decision", "went silent"]
    /// What a demo's done and planned activities are about: calls, e-mails and meetings, calls most often.
    static let activitySubjects: [(kind: Activity.Kind, subject: String)] = [
        (.call, "Discovery call"), (.call, "Follow-up call"), (.call, "Check in on the proposal"), (.call, "Pricing questions"),
        (.email, "Sent the proposal"), (.email, "Sent case studies"), (.email, "Answered the security questionnaire"),
        (.meeting, "Product demo"), (.meeting, "Meeting with the buying team"), (.meeting, "Contract review"),
    ]
    static let currencies: [Currency] = ["USD", "USD", "USD", "EUR", "CNY", "CNY", "JPY", "GBP"].map { Currency(code: $0)! }

    // MARK: - A demo in Chinese: Chinese companies, people and titles, in yuan.

    static let chineseCompanies = [
        "北京星云科技有限公司", "上海蓝海贸易", "深圳未来电子", "杭州青山软件", "广州南方物流", "成都天府餐饮",
        "南京紫金医疗", "武汉长江制造", "西安古城文旅", "苏州园林设计", "天津港湾航运", "重庆山城火锅连锁",
        "青岛海风啤酒", "厦门鹭岛教育", "宁波甬江模具", "长沙星城传媒",
    ]
    static let chineseDealTopics = ["新采购", "续约", "扩容", "试点项目", "年度合同", "系统升级", "培训服务", "二期工程"]
    static let chinesePeople: [(name: String, email: String)] = [
        ("王伟", "wang.wei"), ("李娜", "li.na"), ("张敏", "zhang.min"), ("刘洋", "liu.yang"), ("陈静", "chen.jing"),
        ("杨帆", "yang.fan"), ("赵磊", "zhao.lei"), ("黄丽", "huang.li"), ("周杰", "zhou.jie"), ("吴芳", "wu.fang"),
        ("徐强", "xu.qiang"), ("孙悦", "sun.yue"),
    ]
    static let chineseJobTitles = ["销售总监", "技术总监", "采购经理", "总经理", "运营负责人", "信息部主任", "财务经理"]
    static let chineseOwners = ["王芳", "李明", "张伟", "陈晓"]
    static let chineseLostReasons = ["价格", "时机", "竞争对手", "没有预算", "迟迟不做决定", "失去联系"]
    static let chineseActivitySubjects: [(kind: Activity.Kind, subject: String)] = [
        (.call, "初次沟通电话"), (.call, "跟进电话"), (.call, "确认方案反馈"), (.call, "价格咨询"),
        (.email, "发送方案"), (.email, "发送客户案例"), (.email, "回复安全问卷"),
        (.meeting, "产品演示"), (.meeting, "与采购团队会面"), (.meeting, "合同评审"),
    ]
}
