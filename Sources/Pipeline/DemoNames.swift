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
}
