extension ErrorText {
    /// The Simplified Chinese table, in the words of `docs/i18n.md`'s glossary.
    var chinese: String {
        switch self {
        case .textLimit(let characters, let bytes, let gotCharacters, let gotBytes):
            if let gotCharacters {
                "最多 \(characters) 个字符、\(bytes) 字节（实际 \(gotCharacters) 个字符、\(gotBytes) 字节）"
            } else {
                "最多 \(characters) 个字符、\(bytes) 字节（实际 \(gotBytes) 字节）"
            }

        case .titleEmpty(let value): "标题“\(value)”无效：商机需要一个非空的标题"
        case .titleTooLong(let start, let advice): "标题“\(start)…”无效：\(advice)"
        case .fieldTooLong(let field, let advice): "\(Self.fieldName(field))无效：\(advice)"
        case .priorityNegative(let value): "优先级不能为负数：\(value)；请用 0（无）、1、2 或 3（最高）"
        case .priorityInvalid(let value): "优先级“\(value)”无效：请用 0（无）、1、2 或 3（最高）"
        case .emailInvalid(let value): "邮箱“\(value)”无效：请用 name@example.com 这样的地址"
        case .phoneInvalid(let value): "电话号码“\(value)”无效：请用数字及 + - ( ) 空格，例如 +86-21-5555-0101"
        case .momentOutOfRange(let field, let value, let earliest, let latest):
            "\(Self.fieldName(field)) \(value) 无效：请用 \(earliest) 到 \(latest) 之间的时间"
        case .dayInvalid(let field, let value): "\(Self.fieldName(field))“\(value)”无效：请用真实的日期，格式为 YYYY-MM-DD，例如 2026-12-31"
        case .timestampInvalid(let field, let value):
            "\(Self.fieldName(field))“\(value)”无效：请用 ISO 8601 格式的真实日期和时间，例如 2026-11-29T09:00:00Z 或 2026-11-29，年份在 0001 到 9999 之间"
        case .currencyUnknown(let value): "未知的币种“\(value)”：请用三个字母的 ISO 4217 代码，例如 CNY、USD、EUR 或 JPY"
        case .choiceInvalid(let what, let value, let accepted): "\(Self.fieldName(what))“\(value)”无效：请用 \(accepted) 之一"

        case .amountEmpty(let value): "金额“\(value)”无效：内容为空；请用 \(Self.chineseAmountForms) 这样的写法"
        case .amountNegativeTyped(let value): "金额“\(value)”无效：金额不能为负数；请用 \(Self.chineseAmountForms) 这样的写法"
        case .amountTwoDecimalPoints(let value): "金额“\(value)”无效：小数点多于一个；请用 \(Self.chineseAmountForms) 这样的写法"
        case .amountNoWholeDigits(let value): "金额“\(value)”无效：小数点前没有数字；请用 \(Self.chineseAmountForms) 这样的写法"
        case .amountNoFractionDigits(let value): "金额“\(value)”无效：小数点后没有数字；请用 \(Self.chineseAmountForms) 这样的写法"
        case .amountMisplacedSeparators(let value): "金额“\(value)”无效：千位分隔符位置不对；请用 \(Self.chineseAmountForms) 这样的写法"
        case .amountNotANumber(let value): "金额“\(value)”无效：不是数字；请用 \(Self.chineseAmountForms) 这样的写法"
        case .amountNoMinorUnit(let value, let currency): "金额“\(value)”无效：\(currency) 没有小数单位；请用 \(Self.chineseAmountForms) 这样的写法"
        case .amountTooManyDecimals(let value, let currency, let digits):
            "金额“\(value)”无效：\(currency) 最多只有 \(digits) 位小数；请用 \(Self.chineseAmountForms) 这样的写法"
        case .amountNegative(let amount, let currency): "金额 \(amount) \(currency) 无效：金额不能为负数"
        case .amountTooLarge(let value, let largest, let currency):
            "金额“\(value)”无效：超过了 \(largest)，这是 Funnel 能保存的最大 \(currency) 金额"
        case .totalTooLarge(let currency, let limit, let largest):
            "\(currency) 金额的合计超出了 Funnel 能计算的范围（\(limit) 个最小货币单位）；单个商机的金额不会超过 \(largest)，请检查是否有商机的金额在 Funnel 之外被改过"

        case .probabilityNegative(let value): "赢率不能为负数：\(value)；请用 0 到 100 之间的整数百分比"
        case .probabilityInvalid(let value): "赢率“\(value)”无效：请用 0 到 100 之间的整数百分比"
        case .stallDaysNegative(let value): "停滞天数不能为负数：\(value)；请用 0（从不停滞）到 3650 之间的整数天数"
        case .stallDaysInvalid(let value): "停滞天数“\(value)”无效：请用 0（从不停滞）到 3650 之间的整数天数"
        case .nameEmpty(let what, let value): "\(Self.fieldName(what))名称“\(value)”无效：名称不能为空"
        case .nameTooLong(let what, let start, let advice): "\(Self.fieldName(what))名称“\(start)…”无效：\(advice)"
        case .nameHasControl(let what, let value): "\(Self.fieldName(what))名称“\(value)”无效：不能包含控制字符"
        case .stageNameHasComma(let value): "阶段名称“\(value)”无效：不能包含逗号（--stages 用逗号分隔阶段）"
        case .stageNumberNegative(let value, let count, let stages): "阶段编号不能为负数：\(value)；请用 1 到 \(count) 或阶段名称（\(stages)）"
        case .noStageNumber(let number, let pipeline, let count, let stages):
            "销售管道“\(pipeline)”中没有第 \(number) 个阶段：请用 1 到 \(count) 或阶段名称（\(stages)）"
        case .noStageNamed(let value, let pipeline, let count, let stages):
            "销售管道“\(pipeline)”中没有阶段“\(value)”：请用 \(stages) 之一，或 1 到 \(count) 的编号"
        case .tooManyStages(let pipeline, let maximum): "销售管道“\(pipeline)”已有 \(maximum) 个阶段，不能再多了"
        case .stageNameTaken(let pipeline, let name): "销售管道“\(pipeline)”已有名为“\(name)”的阶段"
        case .onlyStage(let stage, let pipeline): "阶段“\(stage)”是销售管道“\(pipeline)”唯一的阶段；销售管道至少需要一个阶段"
        case .revisitCannotBeRemoved(let pipeline): "销售管道“\(pipeline)”存放着搁置的商机，不能删除；用 'funnel unpark' 把商机取回"
        case .onlySalesPipeline(let pipeline): "销售管道“\(pipeline)”是唯一的销售管道；请先添加另一个再删除它"
        case .moveTargetIsRemoved: "--move-deals-to 指向的正是要删除的销售管道；请选择另一个销售管道"
        case .moveTargetIsRevisit(let pipeline): "--move-deals-to 指定的“\(pipeline)”是以后再跟进的管道；请选择一个销售管道（或逐个搁置商机）"
        case .pipelineHoldsDeals(let pipeline, let count): "销售管道“\(pipeline)”中有 \(count) 个商机：请加上 --move-deals-to PIPELINE 先把它们移走"
        case .positionNegative(let value, let count): "位置不能为负数：\(value)；请用 1 到 \(count)"
        case .positionInvalid(let value, let count): "位置“\(value)”无效：请用 1 到 \(count)"
        case .stageTwice(let name): "阶段“\(name)”出现了两次：同一销售管道中的阶段名称不能重复"
        case .stageCount(let minimum, let maximum, let got): "销售管道需要 \(minimum) 到 \(maximum) 个阶段，实际为 \(got) 个"
        case .parkAfterDaysNegative(let value): "搁置天数不能为负数：\(value)；请用 1 到 3650 之间的整数天数"
        case .parkAfterDaysInvalid(let value): "搁置天数“\(value)”无效：请用 1 到 3650 之间的整数天数"

        case .activityAlreadyDone(let id, let at): "活动 \(id) 已于 \(at) 完成"
        case .activityCancelled(let id, let deal): "活动 \(id) 在商机 \(deal) 关闭时已取消：用 'funnel reopen \(deal)' 重新安排"
        case .activityDoneKeepsDue(let id): "活动 \(id) 已完成：可以修改类型、主题和备注，不能修改截止日期"
        case .nextStepEmpty: "下一步需要类型和截止日期，例如 'call +2d' 或 'call 明天'"
        case .nextStepNeedsDue(let kind): "请在类型后写上截止日期，例如 '\(kind) 明天'"
        case .subjectHasControl(let value): "主题“\(value)”无效：请写成一行，不含控制字符"
        case .dueInvalid(let field, let value):
            "\(Self.fieldName(field))“\(value)”无效：请用 今天、明天、后天、周五、下周、下周一，或 YYYY-MM-DD、YYYY-MM-DDTHH:MM、today、tomorrow、+3d、+2w、mon…sun、next week、next fri，后面可加时间，例如 14:30"
        case .dueDayInvalid(let field, let value):
            "\(Self.fieldName(field))“\(value)”无效：请用 明天、后天、周五、下周一，或 YYYY-MM-DD、tomorrow、+3d、+2w、mon…sun、next week、next fri"
        case .dueDayNotAfterToday(let field, let value, let today): "\(Self.fieldName(field))“\(value)”无效：请用今天（\(today)）之后的日期"

        case .goalNotPositive(let value): "销售目标“\(value)”无效：目标必须大于零"
        case .goalCurrencyClash(let value, let named, let given): "销售目标“\(value)”无效：写的是 \(named)，但指定的币种是 \(given)；请只给一个"
        case .goalNothingWon(let currency): "还没有赢单的 \(currency) 商机，无法得知平均赢单金额：请先赢下一单，或按其他币种规划目标"
        case .planNoStages: "该销售管道没有可用于规划的阶段"
        case .goalDateInPast(let value, let today): "日期“\(value)”无效：目标日期必须是今天（\(today)）或之后"
        case .planStageNeverLeft(let stage, let entered): "还没有商机从阶段“\(stage)”推进（\(entered) 个中 0 个）：再多新商机也达不到目标"
        case .planStageZeroProbability(let stage): "阶段“\(stage)”的赢率为 0%：再多新商机也达不到目标；请用 'funnel stages set' 设置赢率"
        case .goalTooLarge(let value): "销售目标“\(value)”无效：需要的商机数多得无法计算"

        case .notSQLite(let path): "“\(path)”不是 Funnel 数据库：它不是数据库文件（未做任何改动）"
        case .truncated(let path): "“\(path)”已损坏：数据库文件被截断（未做任何改动）；请用 'funnel restore' 从备份恢复"
        case .foreignDatabase(let path): "“\(path)”不是 Funnel 数据库：它是其他程序的数据库文件（未做任何改动）"
        case .newerSchema(let path): "“\(path)”由更新版本的 Funnel 写入：请升级 Funnel 后再打开（未做任何改动）"
        case .cannotSave(let reason): "无法保存：\(reason)"
        case .serverUnreachable(let server): "无法连接 \(server) 上的数据库服务器：5 秒内无应答；请检查它是否在运行、本机能否连接"
        case .serverLoginRefused(let user, let server): "\(server) 上的数据库服务器拒绝了用户 \(user) 的登录：请检查用户名和密码（PGPASSWORD 或 ~/.pgpass）"
        case .serverDatabaseMissing(let database, let server): "\(server) 上的数据库服务器没有名为 \(database) 的数据库：请先创建（createdb \(database)）"
        case .serverNeedsEncryption(let server): "\(server) 上的数据库服务器不提供加密连接，而 sslmode=require 要求加密"
        case .serverLost(let server): "与 \(server) 上数据库服务器的连接已断开；正在保存的内容没有保存"
        case .serverRefusedChange(let reason): "数据库拒绝了这次更改（\(reason)）；未保存任何内容"
        case .serverFailed(let server, let code): "\(server) 上的数据库服务器出错（SQLSTATE \(code)）；未保存任何内容"
        case .serverNotFunnel(let server): "数据库 \(server) 存放的是其他程序的表，不是 Funnel 的销售管道：请让 Funnel 使用空数据库或 Funnel 创建的数据库（未做任何改动）"
        case .constraintUnique: "这会产生重复的内容，而它必须唯一"
        case .constraintForeignKey: "它引用的商机、阶段或销售管道已不存在"
        case .constraintCheck: "有值缺失或超出 Funnel 允许的范围"
        case .constraintOther: "它违反了保持销售管道一致的规则"
        case .undoChangedElsewhere(let title): "无法撤销对“\(title)”的更改：它此后已在别处被修改；未撤销任何内容"
        case .redoChangedElsewhere(let title): "无法重做对“\(title)”的更改：它此后已在别处被修改；未重做任何内容"
        case .undoStageRemoved(let title): "无法撤销对“\(title)”的更改：它要回到的阶段已被删除；请改为把商机移到某个阶段"
        case .redoStageRemoved(let title): "无法重做对“\(title)”的更改：它要回到的阶段已被删除；请改为把商机移到某个阶段"
        case .stageHoldsDeals(let stage, let count): "阶段“\(stage)”中有 \(count) 个商机：请加上 --move-deals-to 阶段，先把它们移走"
        case .restoreIntoNonEmpty(let location, let count): "“\(location)”中已有 \(count) 个商机：JSON 导出只能恢复到空数据库；请用 --db 新文件，或用“funnel restore”恢复备份文件"
        case .backupNamesTaken(let path, let tried): "无法在“\(path)”写入备份：该名称及其后 \(tried) 个名称都已被占用；请删除一些旧备份"
        case .readOnlyFolder(let path):
            "无法打开“\(path)”：它所在的文件夹对你只读，而打开时需要在旁边创建“\(path)-shm”；请让该文件夹可写，或把文件复制到别处（未做任何改动）"
        case .dealChangedElsewhere(let id): "商机 \(id) 在显示之后已在别处被修改；现在显示新版本，未保存任何内容"
        case .activityChangedElsewhere(let id): "活动 \(id) 在显示之后已在别处被修改；现在显示新版本，未保存任何内容"
        case .amountAmbiguous(let value, let mark, let grouped, let pointed):
            "金额“\(value)”有歧义：一个“\(mark)”后跟三位数字，可能是 \(grouped)，也可能是 \(pointed)；请写成 \(grouped) 或 \(pointed)，或在配置文件中把 decimal_separator 设为 \".\" 或 \",\""
        case .damagedDeal(let id, let field, let value): "商机 \(id) 在数据库中已损坏：它的 \(field) 是“\(value)”，Funnel 不认识这个值；没有读取或修改任何内容。请用 'funnel restore' 从备份恢复文件"
        case .damagedDealEmpty(let id, let field): "商机 \(id) 在数据库中已损坏：它的 \(field) 为空，Funnel 不认识这个值；没有读取或修改任何内容。请用 'funnel restore' 从备份恢复文件"
        case .pathIsFolder(let path): "“\(path)”是文件夹，不是数据库文件；请给出一个文件的路径，新文件或已有文件均可"
        case .pathIsNamedPipe(let path): "“\(path)”是命名管道（FIFO），不是数据库文件；未读取或写入任何内容"
        case .pathIsSocket(let path): "“\(path)”是套接字，不是数据库文件；未读取或写入任何内容"
        case .pathIsCharacterDevice(let path): "“\(path)”是字符设备，不是数据库文件；未读取或写入任何内容"
        case .pathIsBlockDevice(let path): "“\(path)”是块设备，不是数据库文件；未读取或写入任何内容"
        case .pathIsDanglingLink(let path, let target): "“\(path)”是指向“\(target)”的符号链接，而目标不存在（它所在的磁盘或同步文件夹挂载了吗？）；未创建任何文件"
        case .pathIsLinkLoop(let path): "“\(path)”是指回自身的符号链接，不是数据库文件；未读取或写入任何内容"

        case .rowProblem(let line, let reason): "第 \(line) 行：\(reason)"
        case .rowProblemInColumn(let line, let column, let reason): "第 \(line) 行，“\(column)”列：\(reason)"
        case .configProblem(let line, let message): "第 \(line) 行：\(message)"
        case .archiveNotJSON(let file, let detail): "“\(file)”不是有效的 JSON：\(detail)"
        case .archiveNotAnObject(let file): "“\(file)”不是 Funnel 的 JSON 导出文件：它不是 JSON 对象"
        case .archiveNoVersion(let file): "“\(file)”不是 Funnel 的 JSON 导出文件（没有 \"funnel_export\" 版本）：导入 CSV 文件请用 --format csv"
        case .archiveNewerFormat(let file, let version, let readable):
            "“\(file)”由更新版本的 Funnel 导出（格式 \(version)，本版本只能读取 \(readable)）：请升级 Funnel 后再导入"
        case .archiveUnknownSection(let file, let section): "“\(file)”含有本版本 Funnel 不认识的部分“\(section)”：请升级 Funnel 后再导入；未写入任何内容"
        case .archiveBadValue(let file, let path, let reason): "“\(file)”：\(path) \(reason)；未写入任何内容"

        case .noDealWithID(let id): "没有 id 为 \(id) 的商机：'funnel list --status all' 会列出所有商机"
        case .noActivityWithID(let id): "没有 id 为 \(id) 的活动：'funnel activity list' 会列出计划中的活动"
        case .noPipelineNamed(let name, let names): "没有销售管道“\(name)”：请用 \(names) 之一"
        case .noPipelineWithID(let id): "没有 id 为 \(id) 的销售管道"
        case .noPipelineAtAll: "数据库中没有销售管道"
        case .pipelineNameTaken(let name): "已有名为“\(name)”的销售管道"
        case .dealClosedCannotChangeStage(let id, let status): "商机 \(id) \(Self.statusName(status))：请先重新打开，再修改阶段"
        case .dealClosedCannotMove(let id, let status): "商机 \(id) \(Self.statusName(status))：请先重新打开，再移动"
        case .dealNotOpen(let id, let status): "商机 \(id) \(Self.statusName(status))"
        case .dealAlreadyOpen(let id): "商机 \(id) 已在进行中"
        case .dealAlreadyClosed(let id, let status): "商机 \(id) \(Self.statusName(status))：用 'funnel reopen \(id)' 重新打开"
        case .dealStageGone(let id): "商机 \(id) 所在的阶段已不存在"
        case .dealInLastStage(let id, let pipeline): "商机 \(id) 已在“\(pipeline)”的最后一个阶段：请标记为赢单"
        case .stageNotInPipeline(let stage, let pipeline): "阶段 \(stage) 不在销售管道“\(pipeline)”中"
        case .lostReasonEmpty: "输单原因“”无效：请说明为什么输单，例如 --reason \"价格\""
        case .lostReasonEmptyOnBoard: "输单原因“”无效：请说明为什么输单，例如 价格"
        case .stageNeedsMoveDealsTo: "--stage 要与 --move-deals-to 一起用：请指定商机要移到的销售管道"
        case .moveTargetIsRemovedStage: "--move-deals-to 指向的正是要删除的阶段；请选择另一个阶段"
        case .activityNeedsDueOrDone: "活动需要截止日期或已完成：请加上 --due DATE 或 --done"
        case .snoozeOnlyOpen(let id, let status): "商机 \(id) \(Self.statusName(status))：只有进行中的商机可以暂缓"
        case .parkOnlyOpen(let id, let status): "商机 \(id) \(Self.statusName(status))：只有进行中的商机可以搁置"
        case .alreadyParked(let id, let pipeline): "商机 \(id) 已搁置在“\(pipeline)”：用 'funnel unpark \(id)' 取回"
        case .notParked(let id, let pipeline): "商机 \(id) 没有被搁置：它在销售管道“\(pipeline)”中"
        case .unparkReopenFirst(let id, let status): "商机 \(id) \(Self.statusName(status))：请先重新打开"
        case .noSalesPipelineToReturnTo: "数据库中没有可把商机取回的销售管道"
        case .noRevisitPipeline: "数据库中没有带阶段的以后再跟进管道"
        case .backupIsTheDatabase(let path): "“\(path)”就是数据库本身（或它的日志文件）；请为备份选择另一个文件"
        case .noBackupFile(let path): "没有文件“\(path)”：请给出用 'funnel backup' 做的备份的路径"
        case .backupUnfinished(let path): "“\(path)”是一份被中断的备份的未完成副本，不是备份：请给出用 'funnel backup' 做的备份，或 backups/ 中的备份"
        case .importStageMissing(let line, let stage, let pipeline): "第 \(line) 行：销售管道 \(pipeline) 中没有阶段“\(stage)”"
        case .demoStageRemoved(let stage): "演示数据开始生成时阶段“\(stage)”被删除了；未添加任何内容，请重新运行"

        case .importNoPipeline: "数据库中没有可导入的销售管道"
        case .importIDRepeated(let id, let first): "id“\(id)”重复出现（首次在第 \(first) 行）；每个商机在文件中只能出现一次"
        case .stageMapUnknownStage(let from, let to, let pipeline, let stages):
            "--stage-map“\(from)=\(to)”无效：销售管道“\(pipeline)”中没有阶段“\(to)”；请用 \(stages) 之一"
        case .importUnknownName(let name, let rows, let line): "“\(name)”（\(rows) 行，首次在第 \(line) 行）"
        case .importUnknownPipelines(let names):
            "未知的销售管道：\(names)：请用 'funnel pipelines add' 创建，或用 --pipeline NAME 把所有行导入同一个销售管道；未写入任何内容"
        case .importUnknownStages(let pipelines, let names, let example, let firstStage):
            "销售管道 \(pipelines) 中没有这些阶段：\(names)：请用 --stage-map \"\(example)=\(firstStage)\" 逐个对应，或用 --create-stages 添加；未写入任何内容"
        case .importCannotCreateStage(let line, let reason): "无法根据第 \(line) 行创建阶段：\(reason)；请改用 --stage-map 对应"
        case .importTooManyStages(let pipeline, let count, let maximum):
            "--create-stages 会让销售管道“\(pipeline)”有 \(count) 个阶段，超过上限 \(maximum) 个：请用 --stage-map 对应其中一些"
        case .stageMapWithoutEquals(let value): "--stage-map“\(value)”无效：请用 FROM=TO，例如 --stage-map \"Qualified To Buy=资格审查\""
        case .stageMapOneSided(let value): "--stage-map“\(value)”无效：两边都需要阶段名称，例如 \"Qualified To Buy=资格审查\""
        case .importSourceInvalid(let value): "--from“\(value)”无效：请用 pipedrive、hubspot、generic 或 funnel"
        case .serverSchemeUnknown(let scheme):
            "“\(scheme)://”不是 Funnel 能存放销售管道的地址：请给出 postgresql://用户@主机:端口/数据库 或数据库文件的路径"
        case .serverEscapeInvalid(let part, let value):
            "服务器地址中的 \(part)“\(value)”无效：“%”后须是两位十六进制数字，组成 %00 以外的 UTF-8 字符；“%”本身请写作 %25"
        case .serverPasswordEscapeInvalid:
            "服务器地址中的密码无效（不予显示）：“%”后须是两位十六进制数字，组成 %00 以外的 UTF-8 字符；“%”本身请写作 %25"
        case .serverIPv6Unclosed: "服务器地址中的主机无效：以“[”开头的 IPv6 地址需要对应的“]”，例如 postgresql://[::1]:5432/sales"
        case .serverHostUnexpected(let character):
            "服务器地址无效：IPv6 主机的“]”之后是“\(character)”；端口请用“:”，数据库请用“/”，参数请用“?”"
        case .serverHostEmpty(let setting): "\(setting)“”无效：请给出主机名、IP 地址或套接字文件夹，例如 /var/run/postgresql"
        case .serverHostMany(let setting, let value): "\(setting)“\(value)”无效：Funnel 只连接一台服务器；请给出一个主机和一个端口"
        case .serverPortInvalid(let setting, let value): "\(setting)“\(value)”无效：请使用 1 到 65535 之间的整数，例如 5432"
        case .serverSSLModeInvalid(let setting, let value):
            "\(setting)“\(value)”无效：请使用 disable、prefer 或 require（Funnel 不校验服务器证书，因此拒绝 verify-ca 和 verify-full，而不是悄悄降低要求）"
        case .serverParameterUnknown(let name):
            "服务器地址中的参数“\(name)”未知：请使用 host、port、user、password、dbname 或 sslmode"
        case .serverParameterWithoutValue(let name): "服务器地址中的参数“\(name)”无效：请写成 名称=值，例如 ?sslmode=require"
        case .passwordFileNotPlain(let path): "警告：密码文件“\(path)”不是普通文件，未读取"
        case .passwordFileLoose(let path):
            "警告：密码文件“\(path)”允许同组或其他用户访问；权限应为 u=rw (0600) 或更严；未读取"
        case .configDatabaseInvalid(let value):
            "database \(value) 无效：请用引号给出数据库文件的路径或 postgresql:// 地址，例如 database = \"postgresql://sam@db.example.com/sales\""
        }
    }

    /// A deal's stored status as a Chinese predicate: `won` 已赢单, `lost` 已输单, `open` 在进行中.
    static func statusName(_ status: String) -> String {
        switch status {
        case "won": "已赢单"
        case "lost": "已输单"
        case "open": "在进行中"
        default: "的状态是 \(status)"
        }
    }

    /// A field or thing the English text names (`due date`, `stage`), as a Chinese noun; an option
    /// (`--until`) or a name no entry knows stays as it is.
    static func fieldName(_ english: String) -> String {
        switch english {
        case "title": "标题"
        case "organization": "公司"
        case "person": "联系人"
        case "job title": "职位"
        case "email": "邮箱"
        case "phone": "电话号码"
        case "source": "线索来源"
        case "owner": "负责人"
        case "notes": "备注"
        case "note": "备注"
        case "subject": "主题"
        case "lost reason": "输单原因"
        case "stage": "阶段"
        case "pipeline": "销售管道"
        case "status": "状态"
        case "temperature": "冷热"
        case "activity kind": "活动类型"
        case "due date": "截止日期"
        case "day": "日期"
        case "time": "时间"
        case "close date", "expected close date": "预计成交日期"
        case "closed date": "关闭日期"
        case "created date": "创建日期"
        case "updated date": "更新日期"
        case "stage change date": "阶段变更日期"
        case "done time": "完成时间"
        case "cancelled time": "取消时间"
        case "snooze day": "暂缓日期"
        case "revisit day": "重新跟进日期"
        case "--since date": "--since 日期"
        case "--until date": "--until 日期"
        case "--by date": "--by 日期"
        default: english
        }
    }

    /// The amounts every amount field accepts, for the amount refusals.
    static let chineseAmountForms = "12000、12000.50、12,000.50、12k、1.5m、12万 或 3亿"
}
