package extract

// zhInvestingNouns follow 投资 when it names a thing, not the act: 探讨共同投资机会, 投资组合,
// 投资策略 (r19inv: 探討共同投資機會 states no investment, and its words name no parties).
var zhInvestingNouns = []string{"机会", "机遇", "组合", "策略", "理念", "回报", "经验", "额度", "风格", "逻辑"}
