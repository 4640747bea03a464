package extract

// zhInvestingNouns follow 投资 when it names a thing, not the act: 探讨共同投资机会, 投资策略
// state no investment, and their words name no parties (r19inv). 投资组合 is not one: 甲的投资
// 组合包括乙 names 甲's investee.
var zhInvestingNouns = []string{"机会", "机遇", "策略", "理念", "回报", "经验", "额度", "风格", "逻辑"}
