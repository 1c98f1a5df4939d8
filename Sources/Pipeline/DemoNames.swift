/// The names a demo pipeline draws from: companies, people, topics, owners and reasons.
enum DemoNames {
    static let companies: [(name: String, isChinese: Bool)] = [
        ("Acme Corp", false), ("Initech", false), ("Globex", false), ("Umbrella Health", false),
        ("O'Brien Partners", false), ("Northwind Traders", false), ("Stark Logistics", false),
        ("Wayne Foods", false), ("Hooli", false), ("Vandelay Industries", false), ("Müller & Söhne", false),
        ("Café Lumière", false), ("北京星云科技有限公司", true), ("上海蓝海贸易", true), ("深圳未来电子", true),
        ("杭州青山软件", true), ("广州南方物流", true), ("成都天府餐饮", true), ("株式会社サクラ", true),
        ("東京システム", true),
    ]
    static let topics = ["renewal", "expansion", "pilot", "new licences", "support plan", "upgrade", "onboarding", "2027 contract"]
    static let chineseTopics = ["新采购", "续约", "扩容", "试点项目", "年度合同", "系统升级"]
    static let people: [(name: String, email: String)] = [
        ("Bob Smith", "bob"), ("Maria García", "maria"), ("Liam O'Neil", "liam"), ("Yuki Tanaka", "yuki"),
        ("Priya Shah", "priya"), ("Jonas Weber", "jonas"), ("王伟", "wang.wei"), ("李娜", "li.na"),
        ("张敏", "zhang.min"), ("刘洋", "liu.yang"), ("陈静", "chen.jing"), ("Chloé Martin", "chloe"),
    ]
    static let jobTitles = ["Head of Sales", "CTO", "Procurement Manager", "CEO", "Operations Lead", "采购经理", "IT Director"]
    static let owners = ["Alex Rivera", "Sam Patel", "王芳", "Jordan Lee"]
    static let lostReasons = ["price", "timing", "competitor", "no budget", "no decision", "went silent"]
    static let currencies: [Currency] = ["USD", "USD", "USD", "EUR", "CNY", "CNY", "JPY", "GBP"].map { Currency(code: $0)! }
}
