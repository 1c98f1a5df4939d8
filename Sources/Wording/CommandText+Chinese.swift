extension CommandText {
    /// The Simplified Chinese table, in the words of `docs/i18n.md`'s glossary.
    var chinese: String {
        switch self {
        case .optionJSON: "输出 JSON。"
        case .optionPipeline: "销售管道（默认：第一个销售管道）。"
        case .optionDatabase: "数据库文件（默认：$FUNNEL_DB，否则为 $XDG_DATA_HOME/funnel/funnel.sqlite）。"
        case .optionConfig: "配置文件（默认：$FUNNEL_CONFIG，否则为 $XDG_CONFIG_HOME/funnel/config.toml）。"

        case .stageAbstract: "列出或修改销售管道的阶段。"
        case .stageListAbstract: "列出阶段及其赢率和停滞天数。"
        case .stageAddAbstract: "添加阶段。"
        case .stageRenameAbstract: "重命名阶段。"
        case .stageRemoveAbstract: "删除阶段（其中的商机须先移走）。"
        case .stageMoveAbstract: "把阶段移到另一个位置。"
        case .stageSetAbstract: "设置阶段的赢率或停滞天数。"
        case .stageNewName: "新阶段的名称。"
        case .stageReference: "阶段（名称或编号）。"
        case .stageItsNewName: "新名称。"
        case .stageAfter: "放在这个阶段之后（默认：放在最后）。"
        case .stageProbability: "赢率，百分比，0-100。"
        case .stageStallDays: "商机闲置多少天算停滞；0 表示从不停滞。"
        case .stageMoveDealsTo: "先把该阶段的商机移到这里。"
        case .stagePosition: "新位置，从 1 开始。"
        case .stageHeaderNumber: "序"
        case .stageHeaderStage: "阶段"
        case .stageHeaderProbability: "赢率"
        case .stageHeaderStallsAfter: "停滞天数"
        case .stageHeaderOpenDeals: "进行中商机"
        case .stallsNever: "从不"
        case .stallsAfterDays(let days): "\(days) 天"
        case .pipelineHeading(let name): "销售管道：\(name)"
        case .stageAdded(let stage, let position, let pipeline): "已在销售管道“\(pipeline)”的第 \(position) 位添加阶段“\(stage)”"
        case .stageRenamed(let stage, let newName): "已将阶段“\(stage)”重命名为“\(newName)”"
        case .stageRemoved(let stage, let pipeline): "已从销售管道“\(pipeline)”删除阶段“\(stage)”"
        case .stageMoved(let stage, let position): "已将阶段“\(stage)”移到第 \(position) 位"
        case .stageUpdated(let stage): "已更新阶段“\(stage)”"
        case .stageNothingToSet: "没有要设置的内容：请给出 --probability PERCENT 和/或 --stall-days DAYS"

        case .pipelineAbstract: "列出、添加、重命名或删除销售管道。"
        case .pipelineListAbstract: "列出销售管道及其阶段。"
        case .pipelineAddAbstract: "添加销售管道。"
        case .pipelineRenameAbstract: "重命名销售管道。"
        case .pipelineRemoveAbstract: "删除销售管道及其阶段（其中的商机须先移到另一个销售管道）。"
        case .pipelineName: "销售管道的名称。"
        case .pipelineItsNewName: "新名称。"
        case .pipelineStages: "它的阶段，用逗号分隔（默认：五个标准阶段）。"
        case .pipelineMoveDealsTo: "先把该销售管道的商机移到这个销售管道。"
        case .pipelineMoveToStage: "与 --move-deals-to 一起用：商机进入的阶段（默认：第一个阶段）。"
        case .pipelineConfirmRemoval: "确认删除：删除的销售管道无法恢复。"
        case .pipelineLine(let name, let stages): "\(name)：\(stages)"
        case .pipelineAdded(let name, let stages): "已添加销售管道“\(name)”：\(stages)"
        case .pipelineRenamed(let old, let new): "已将销售管道“\(old)”重命名为“\(new)”"
        case .pipelineRemoved(let name): "已删除销售管道“\(name)”"
        case .pipelineRemovedMovingDeals(let name, let count, let target): "已删除销售管道“\(name)”；其中 \(count) 个商机已移到“\(target)”"
        case .pipelineRemovalNeedsYes(let name): "删除销售管道“\(name)”后无法撤销：请加上 --yes 确认"

        case .activityAbstract: "记录、安排、修改、完成、删除和列出活动（电话、邮件、会议、任务……）。"
        case .activityAddAbstract: "安排活动（--due）或记录已发生的活动（--done）；输出它的 id。"
        case .activityAddDiscussion:
            """
            不加 --due 或 --done 时，备注记为已完成，其他类型今天到期。
            --due 可用 今天、明天、后天、周五、下周、下周一，或 YYYY-MM-DD、YYYY-MM-DDTHH:MM、today、tomorrow、+2d、+1w、
            fri（今天之后的下一个周五）、next week；后面可加时间：“周五 14:00”。
            时间是你所在时区（TZ）的钟表时间。
            """
        case .activityDoneAbstract: "把计划中的活动标记为已完成。"
        case .activityEditAbstract: "重新安排活动（--due），或修改它的类型、主题或备注。"
        case .activityEditDiscussion:
            """
            --due 的写法与 'activity add --due' 相同：明天、周五、下周一、YYYY-MM-DD、YYYY-MM-DDTHH:MM、today、tomorrow、
            +2d、+1w、fri、next week，后面可加时间（“周五 14:00”）。空的 --subject 会用类型作主题；
            空的 --note 会删除备注。已完成的活动保留截止日期；因商机关闭而取消的活动，只有在商机重新打开后才能修改。
            """
        case .activityDeleteAbstract: "永久删除活动（需要 --yes）。"
        case .activityListAbstract: "按截止日期列出计划中的活动。"
        case .activityDealID: "商机的 id。"
        case .activityID: "活动的 id。"
        case .activityKinds: "call（电话）、email（邮件）、meeting（会议）、sms（短信）、chat（聊天）、social、demo、task（任务）或 note（备注）。"
        case .activitySubjectDefault: "主题（默认：类型，例如 Call）。"
        case .activityDue: "截止时间。"
        case .activityDoneNow: "已经完成（现在）。"
        case .activityNote: "备注。"
        case .activityOwner: "负责人。"
        case .activityDueNow: "新的截止时间。"
        case .activitySubject: "主题。"
        case .activityNoteEmptyRemoves: "备注（留空则删除）。"
        case .activityConfirmDelete: "确认：删除的活动无法恢复。"
        case .activityOnlyDeal: "只看这个商机的活动。"
        case .activityOnlyOverdue: "只看已逾期的。"
        case .activityOnlyToday: "只看今天到期（尚未逾期）的。"
        case .activityOnlyUpcoming: "只看今天之后到期的。"
        case .activityIncludeAll: "包括已完成的活动和因商机关闭而取消的活动（需要 --deal）。"
        case .activityJSON: "输出 JSON 数组。"
        case .activityMarkedDone(let kind, let subject, let deal, let title): "已完成：商机 \(deal)（\(title)）的\(kind)“\(subject)”"
        case .activityMarkedDoneNoNextStep(let kind, let subject, let deal, let title):
            "已完成：商机 \(deal)（\(title)）的\(kind)“\(subject)”；它没有下一步：funnel activity add \(deal) --kind call --due 后天"
        case .activitySavedOn(let deal, let title, let activity): "已保存到商机 \(deal)（\(title)）：\(activity)"
        case .activityNothingToChange(let id): "活动 \(id) 没有要修改的内容：请给出 --due、--subject、--kind 或 --note"
        case .activityDeleteNeedsYes(let id): "删除活动 \(id) 后无法撤销：请加上 --yes 确认（或用 'funnel activity done \(id)' 把它保留为已完成）"
        case .activityDeleted(let id, let kind, let subject, let deal, let title): "已删除商机 \(deal)（\(title)）的活动 \(id)（\(kind)“\(subject)”）"
        case .activityDeletedNoNextStep(let id, let kind, let subject, let deal, let title):
            "已删除商机 \(deal)（\(title)）的活动 \(id)（\(kind)“\(subject)”）；它没有下一步：funnel activity add \(deal) --kind call --due 后天"
        case .activityOneFilterOnly: "--overdue、--today、--upcoming 只能用一个"
        case .activityAllNeedsDeal: "--all 需要 --deal ID：已完成的活动按商机列出"
        case .activityNonePlanned: "没有计划中的活动。可以这样安排：funnel activity add DEAL_ID --kind call --due 明天"
        case .activityHeaderID: "编号"
        case .activityHeaderDeal: "商机"
        case .activityHeaderTitle: "标题"
        case .activityHeaderKind: "类型"
        case .activityHeaderSubject: "主题"
        case .activityHeaderDue: "截止"
        case .activityHeaderState: "状态"
        case .activityStateDone: "已完成"
        case .activityStateCancelled: "已取消"
        case .activityStateOverdue: "已逾期"
        case .activityStateDueToday: "今天到期"
        case .activityStateUpcoming: "待办"
        case .activityStateNone: "没有下一步"

        case .configAbstract: "显示配置文件的位置，输出带注释的默认配置，或检查配置文件。"
        case .configPrintDefaultsHelp: "输出一份带注释、包含全部默认值的完整配置文件。"
        case .configCheckAbstract: "按行报告配置文件中的每个错误；有错误时退出码为 1。"
        case .configFileAt(let path): "配置文件：\(path)"
        case .configFileMissingAt(let path): "配置文件：\(path)（不存在：所有设置均为默认值）"
        case .configNoProblems: "没有发现问题"
        case .configProblemsSeeCheck(let count): "有 \(count) 个问题：请运行 'funnel config check'"
        case .configCheckProblems(let count, let path): "“\(path)”中有 \(count) 个问题；这些行被忽略，其余设置生效"
        case .configFine(let path): "“\(path)”没有问题"
        case .configNoFile(let path): "“\(path)”处没有配置文件：所有设置均为默认值"
        case .configUnreadable(let path): "无法读取“\(path)”：文件不存在或不可读；使用默认设置"
        case .configNotUTF8(let path): "“\(path)”不是 UTF-8 文本；使用默认设置"
        case .configIgnored(let path, let problem): "配置 \(path)：\(problem)（已忽略）"

        case .fileUnreadable(let file): "无法读取“\(file)”：文件不存在或不可读"
        case .importFormatInvalid(let value): "--format“\(value)”无效：请用 csv 或 json"
        case .importRefused(let badRows, let file, let goodRows):
            "已拒绝导入：“\(file)”中有 \(badRows) 行有问题；未写入任何内容（请修正这些行，或用 --skip-bad 导入其余 \(goodRows) 行）"
        case .imported(let file, let source, let created, let updated, let unchanged, let skipped, let addedStages):
            "已导入“\(file)”（\(source)）：新建 \(created) 个，更新 \(updated) 个，\(unchanged) 个未变"
                + (skipped > 0 ? "，跳过 \(skipped) 行有问题的行" : "")
                + (addedStages.isEmpty ? "" : "；新增阶段 \(addedStages)")
        case .importSkipped(let problem): "已跳过 \(problem)"
        case .importDryRunHeading(let file, let source): "试运行“\(file)”（\(source)）；未写入任何内容。"
        case .importWouldDo(let created, let updated, let unchanged, let refused, let addedStages):
            "将新建 \(created) 个，更新 \(updated) 个，\(unchanged) 个保持不变，拒绝 \(refused) 行"
                + (addedStages.isEmpty ? "" : "；将新增阶段 \(addedStages)")
        case .restoreNeedsEmptyDatabase(let path, let deals): "“\(path)”中已有 \(deals) 个商机：JSON 导出只能恢复到空数据库中"
        case .restoreDryRun(let file, let pipelines, let deals, let history, let activities):
            "试运行“\(file)”；未写入任何内容。将恢复 \(pipelines) 个销售管道、\(deals) 个商机、\(history) 条阶段记录和 \(activities) 个活动"
        case .restored(let file, let pipelines, let deals, let history, let activities):
            "已恢复“\(file)”：\(pipelines) 个销售管道、\(deals) 个商机、\(history) 条阶段记录、\(activities) 个活动"
        }
    }
}
