package extract

// zhApprovalVerbs follow the body in 获甲认可 / 获甲批准: a regulator or an authority grants
// leave, it puts no money in (已获证监会认可，可向零售投资者销售).
var zhApprovalVerbs = []string{"认可", "批准", "核准", "许可", "授权", "发牌", "认证", "审批", "同意", "注册", "豁免"}

// approvalNotInvestment reports whether an investment read from a bare 获 (or 获得) in a
// sentence about money is a body's approval: the word after the investor's name is a verb of
// granting leave.
func approvalNotInvestment(d *doc, p Proposal) bool {
	r := p.Relationship
	if r == nil || r.Type != "INVESTED_IN" || d.lang == "en" {
		return false
	}
	if t := textnormFold(p.Trigger); t != "获" && t != "获得" {
		return false
	}
	name := []rune(r.From.Name)
	at := cueAt(d, p) + len([]rune(p.Trigger))
	k := lastIndexBefore(d.runes, name, at, min(len(d.runes), at+len(name)+4))
	return k >= 0 && wordAt(d.folded, k+len(name), zhApprovalVerbs)
}
