package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Two ways English news gives a person's post at a company without naming the company next
// to the post:
//   - the speaker of a sentence about the company, titled and unnamed-org: "Orbix will expand
//     into Japan, chief executive Mary Tam said", "…, said president Kenji Mori";
//   - a career in one clause: "Mary Tam, who joined Orbix in 2012, became chief executive in
//     2020": the post she "became" is at the organisation she joined.

// latinTitleNamed returns the English title whose cue is s (lower case), or nil.
func latinTitleNamed(s string) *title {
	for i := range titles {
		if titles[i].latin && titles[i].cue == s {
			return &titles[i]
		}
	}
	return nil
}

// enSpeechAfter follow the speaker's name; enSpeechBefore stand before its title.
var enSpeechAfter = []string{" said", " says", " told", " added", " explained", " noted", " stressed"}

// speakerPostFacts proposes PERSON LEADS (or WORKED_AT) ORG for a titled speaker whose
// sentence opens with the organisation (or with "It"/"The company", then the company a
// sentence before opened with).
func speakerPostFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		s := d.sents[si]
		for _, p := range ms {
			if p.kind != kg.KindPerson {
				continue
			}
			t, ok := speakerTitle(d, s, p)
			if !ok {
				continue
			}
			org, prev, ok := sentenceCompany(d, es, si, ms)
			topic := false
			if !ok && si > 0 && ms[0].start == p.start {
				// "Chairman Raymond Ho said the group …": the company the text is about.
				org, prev, ok = topicBefore(d, es, si, func(m mention) bool { return m.kind == kg.KindOrganization && !m.media })
				topic = true
			}
			if !ok || org.start > p.start && !prev {
				continue
			}
			typ, status := titleRelation(t, org, false)
			if typ != "LEADS" && (typ != "WORKED_AT" || topic) {
				continue // "Analyst X said": maybe of another firm; only a leader speaks for the topic
			}
			r := &RelationshipProposal{Type: typ, From: p.end_(), To: org.end_(), Status: status, Role: t.role}
			sp := citeSpan(d, si, prev, min(org.start, p.start), p.end)
			out = append(out, relAt(d, sp, t.cue, 0.5, r))
		}
	}
	return out
}

// speakerTitle reads "<title> NAME said" or "said <title> NAME" at the end of a clause: the
// title alone, no organisation with it.
func speakerTitle(d *doc, s span, p mention) (*title, bool) {
	after := string(d.folded[p.end:min(s.end, p.end+12)])
	speech := false
	for _, w := range enSpeechAfter {
		if strings.HasPrefix(after, w) {
			speech = true
		}
	}
	before := strings.ToLower(string(d.folded[max(s.start, p.start-45):p.start]))
	k := strings.LastIndexAny(before, ",;\"“”")
	if k < 0 && p.start-s.start > 45 {
		return nil, false
	}
	head := strings.TrimSpace(before[k+1:]) // k < 0: the title opens the sentence ("Chairman X said")
	if h, ok := strings.CutPrefix(head, "said "); ok {
		head, speech = h, true
	}
	if !speech {
		return nil, false
	}
	for _, hon := range []string{" dr", " mr", " ms", " mrs", " professor", " prof"} {
		head = strings.TrimSuffix(head, hon)
	}
	t := latinTitleNamed(strings.TrimSpace(head))
	return t, t != nil
}

// sentenceCompany is the organisation a sentence opens with, or for a sentence opening with a
// pronoun ("It", "The start-up"), the company it refers back to (topicBefore).
func sentenceCompany(d *doc, es *entitySet, si int, ms []mention) (mention, bool, bool) {
	start := afterTimeOpener(d, d.sents[si])
	for start < d.sents[si].end && d.runes[start] == ' ' {
		start++
	}
	if len(ms) > 0 && ms[0].start <= start+4 && (ms[0].kind == kg.KindOrganization || ms[0].kind == kg.KindFund) && !ms[0].media {
		return ms[0], false, true // an article may stand before the name
	}
	if m, ok := apposedUnitOpening(d, d.sents[si], ms); ok {
		return m, false, true // "The new Hong Kong company, X Limited, will manage …"
	}
	if startsWithPronoun(d, d.sents[si]) && si > 0 {
		return topicBefore(d, es, si, func(m mention) bool { return m.kind == kg.KindOrganization && !m.media })
	}
	return mention{}, false, false
}

// enBecameTitleRe: a post taken without an organisation named after it.
var enBecameTitleRe = regexp.MustCompile(`\b(?:became|was named|was appointed|was promoted to|rose to become|took over as|became its) ([a-z][a-z -]{1,40}?)(?: in (?:19|20)[0-9]{2}| last year| this year)?[.,;]`)

// joinedThenPostFacts proposes PERSON LEADS ORG for "PERSON … joined ORG …, became <post>"
// in one sentence.
func joinedThenPostFacts(d *doc, es *entitySet) []Proposal {
	if d.lang != "en" {
		return nil
	}
	var out []Proposal
	for si, s := range d.sents {
		text := d.sentenceText(si)
		loc := enBecameTitleRe.FindStringSubmatchIndex(text)
		if loc == nil {
			continue
		}
		t := latinTitleNamed(strings.TrimPrefix(strings.TrimPrefix(text[loc[2]:loc[3]], "the "), "a "))
		if t == nil {
			continue
		}
		at, _ := runeSpan(text, s.start, loc)
		ms := es.sentenceMentions(s)
		var person, org mention
		for _, m := range ms {
			if m.start >= at {
				break
			}
			if m.kind == kg.KindPerson && person.name == "" {
				person = m
			}
			if m.kind == kg.KindOrganization && person.name != "" && (hasSuffixAt(d.folded, m.start, "joined ") || hasSuffixAt(d.folded, m.start, "joined the ")) {
				org = m
			}
		}
		if person.name == "" || org.name == "" {
			continue
		}
		typ, _ := titleRelation(t, org, false)
		if typ != "LEADS" {
			continue
		}
		sp := citeSpan(d, si, false, person.start, at)
		out = append(out, relAt(d, sp, t.cue, 0.5, &RelationshipProposal{Type: "LEADS", From: person.end_(), To: org.end_(), Role: t.role}))
	}
	return out
}

// enBareCopulaPostRe: a sentence (or a ';' fragment) that gives a person a post and names no
// organisation: "Raman is the CEO;", "Leung is the CTO.", "Ho remains chairman."
var enBareCopulaPostRe = regexp.MustCompile(`^ (?:is|was|became|remains|serves as|will become|has been|is now) (?:the |its |their )?([A-Za-z][A-Za-z -]{1,40}?)[.;]?$`)

// copulaPostFacts proposes PERSON LEADS (or WORKED_AT) the company the text is about for such
// sentences: the company the sentences before refer to (topicBefore).
func copulaPostFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 1) {
		s := d.sents[si]
		if len(ms) != 1 || ms[0].kind != kg.KindPerson || ms[0].start > s.start+1 {
			continue
		}
		p := ms[0]
		e := s.end
		for e > p.end && d.runes[e-1] == ' ' {
			e--
		}
		loc := enBareCopulaPostRe.FindStringSubmatch(string(d.folded[p.end:e]))
		if loc == nil {
			continue
		}
		t := latinTitleNamed(strings.ToLower(loc[1]))
		if t == nil {
			continue
		}
		org, prev, ok := topicBefore(d, es, si, func(m mention) bool { return m.kind == kg.KindOrganization && !m.media })
		if !ok {
			continue
		}
		typ, status := titleRelation(t, org, false)
		if typ != "LEADS" && typ != "WORKED_AT" {
			continue
		}
		sp := citeSpan(d, si, prev, p.start, e)
		out = append(out, relAt(d, sp, t.cue, 0.5, &RelationshipProposal{Type: typ, From: p.end_(), To: org.end_(), Status: status, Role: t.role}))
	}
	return out
}

// enFoundedWithRe is the gap between a company founded and its co-founder: " in 2023 with ",
// " with ", " together with ".
var enFoundedWithRe = regexp.MustCompile(`^(?: in (?:19|20)[0-9]{2}| in [A-Z][a-z]+(?: (?:19|20)[0-9]{2})?| last year| this year)? (?:together )?with (?:his |her |fellow |co-founder |cofounder |former colleague )?$`)

// enFoundingVerbs stand right before the company in "X co-founded Y in 2023 with Z".
var enFoundingVerbs = []string{"co-founded ", "cofounded ", "founded ", "set up ", "started ", "established ", "launched "}

// foundedWithFacts proposes CO-FOUNDER LEADS COMPANY for "A founded X (in 2023) with B (and
// C)": the people named after "with" founded X too.
func foundedWithFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		for k, org := range ms {
			if org.kind != kg.KindOrganization || org.weak || k+1 >= len(ms) {
				continue
			}
			verb := false
			for _, v := range enFoundingVerbs {
				verb = verb || hasSuffixAt(d.folded, org.start, v)
			}
			if !verb {
				continue
			}
			for j := k + 1; j < len(ms); j++ {
				p := ms[j]
				if p.kind != kg.KindPerson {
					break
				}
				if j == k+1 && !enFoundedWithRe.MatchString(string(d.folded[org.end:p.start])) ||
					j > k+1 && !listGap(string(d.folded[ms[j-1].end:p.start])) {
					break
				}
				sp := citeSpan(d, si, false, org.start, p.end)
				out = append(out, relAt(d, sp, "founded with", 0.5, &RelationshipProposal{Type: "LEADS", From: p.end_(), To: org.end_(), Role: "Founder"}))
			}
		}
	}
	return out
}

// enUnitHeads end the noun phrase that opens "The new Hong Kong company, X Limited, …".
var enUnitHeads = wordSet(`company unit subsidiary entity venture arm business firm`)

// apposedUnitOpening is the organisation apposed to a sentence's opening noun phrase ("The new
// Hong Kong company, VoltAxis International Limited, will …").
func apposedUnitOpening(d *doc, s span, ms []mention) (mention, bool) {
	for k, m := range ms {
		if k > 2 || m.start-s.start > 50 {
			break
		}
		if m.kind != kg.KindOrganization || !hasSuffixAt(d.folded, m.start, ", ") {
			continue
		}
		ws := strings.Fields(strings.ToLower(string(d.folded[s.start : m.start-2])))
		if len(ws) >= 2 && len(ws) <= 6 && ws[0] == "the" && enUnitHeads[ws[len(ws)-1]] {
			return m, true
		}
	}
	return mention{}, false
}
