package extract

import "strings"

// zhCompanyWords open a clause whose subject is the company the text is about.
var zhCompanyWords = []string{"公司", "该公司", "該公司", "本公司"}

// companyWordForPublicBody reports whether a Chinese fact's subject is a government body or a
// university read for 公司 in a clause that opens with it and does not name the body
// (鄭朗軒表示，公司正籌備在深圳前海設立研發中心, in a story most of whose sentences open with
// 機電署): 公司 is the start-up, never a bureau, a council or a university.
func companyWordForPublicBody(d *doc, p Proposal) bool {
	r := p.Relationship
	if r == nil || d.lang == "en" || !publicBody(r.From.Name) {
		return false
	}
	at := cueAt(d, p)
	cs := zhClauseStart(d, at)
	if !wordAt(d.folded, cs, zhCompanyWords) {
		return false
	}
	ce := at
	for ce < len(d.runes) && !isClauseBreak(d.runes[ce]) && !strings.ContainsRune("。；！？", d.runes[ce]) {
		ce++
	}
	return !strings.Contains(string(d.runes[cs:ce]), r.From.Name) // 公司獲創新科技署資助: the body is named
}
