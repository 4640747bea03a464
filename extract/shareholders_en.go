package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A shareholder named by the possessive of the company it holds: "Orbix's largest shareholder
// is Harbourview Capital", "Harbourview Capital, Orbix's largest shareholder, said", "Harbourview
// is Orbix's second-largest shareholder". The holder invested in the company (INVESTED_IN).
// The same frame with an arm or a unit ("Orbix Ventures, Orbix's investment arm,") names a
// subsidiary.

const enShareholderHead = `['’]s? (?:(?:single|second|third)[ -])?(?:largest|biggest|major|main|controlling|principal|strategic|majority|minority|existing|early|cornerstone|anchor)?[ ]?(?:share|stake)holders?|['’]s? (?:(?:existing|early|other|institutional|financial|strategic|venture|private-equity) )?(?:investors|backers)`

// enHolderAfterRe: "X's largest shareholder is Y" (gap between X and Y), and a holder's
// portfolio: "Orbix Ventures' portfolio includes A, B and C" (there X holds Y: reversed).
var enHolderAfterRe = regexp.MustCompile(`^(?:` + enShareholderHead + `)(?: (?:is|are|was|were|remains|remain|include|includes|included)|, (?:including|such as|among them)) (?:the )?$`)

var enPortfolioAfterRe = regexp.MustCompile(`^['’]s? (?:[a-z-]+ ){0,2}portfolio(?: of [a-z-]+(?: [a-z-]+)?)?(?: companies| company| firms| start-ups| startups| investments)? (?:includes|include|included|including|spans|comprises|counts|features) (?:the )?$`)

// enHolderBeforeRe: what follows X in "Y, X's largest shareholder" and "Y is X's … shareholder".
var enHolderBeforeRe = regexp.MustCompile(`^(?:` + enShareholderHead + `)\b`)

// enArmAfterRe: what follows X in "Y, X's investment arm" and "Y is X's Asian unit": Y is X's.
var enArmAfterRe = regexp.MustCompile(`^['’]s? (?:[a-z-]+ ){0,2}(?:arm|unit|subsidiary|division)\b`)

// enHolderLinkRe is the gap between Y and X there.
var enHolderLinkRe = regexp.MustCompile(`^(?:, (?:the |now |also )?| (?:is|was|remains|became|has become|is now|is also) (?:now |also |the )?)$`)

// shareholderFacts proposes HOLDER INVESTED_IN COMPANY for those frames.
func shareholderFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		s := d.sents[si]
		out = append(out, itsPortfolioFacts(d, es, si, ms)...)
		for i := 0; i+1 < len(ms); i++ {
			a, b := ms[i], ms[i+1]
			g := string(d.folded[a.end:b.start])
			var from, to mention
			typ := kg.RelType("INVESTED_IN")
			after := string(d.folded[b.end:min(s.end, b.end+40)])
			switch {
			case a.kind == kg.KindOrganization && holder(b.kind) && enHolderAfterRe.MatchString(g):
				from, to = b, a
			case holder(a.kind) && b.kind == kg.KindOrganization && enPortfolioAfterRe.MatchString(g):
				from, to = a, b // the list that follows is the holder's: from stays, each item is invested in
			case holder(a.kind) && b.kind == kg.KindOrganization && enHolderLinkRe.MatchString(g) && enHolderBeforeRe.MatchString(after):
				from, to = a, b
			case a.kind == kg.KindOrganization && b.kind == kg.KindOrganization && enHolderLinkRe.MatchString(g) && enArmAfterRe.MatchString(after):
				from, to, typ = a, b, "SUBSIDIARY_OF" // "Orbix Ventures, the Company's investment arm,"
			default:
				continue
			}
			if i+2 < len(ms) && describes(d, b, ms[i+2]) { // "X's backers include VC firm A": A
				if from.start == b.start {
					from = ms[i+2]
				} else if to.start == b.start {
					to = ms[i+2]
				}
				b = ms[i+2]
				i++
			}
			if sameEntity(from, to) {
				continue
			}
			items := []mention{b}
			for k := i + 2; k < len(ms) && holder(ms[k].kind) && listGap(string(d.folded[ms[k-1].end:ms[k].start])) &&
				(from.start == b.start || to.start == b.start); k++ {
				items = append(items, ms[k]) // "X's shareholders include A, B and C", "X's portfolio includes A, B and C"
			}
			for _, x := range items {
				f, t := from, to
				if from.start == b.start {
					f = x
				} else if to.start == b.start {
					t = x
				}
				sp := citeSpan(d, si, false, a.start, x.end)
				out = append(out, relAt(d, sp, string(d.runes[a.start:b.end]), 0.5,
					&RelationshipProposal{Type: typ, From: f.end_(), To: t.end_()}))
			}
		}
	}
	return out
}

// holder reports whether an entity of kind k may hold shares or a portfolio.
func holder(k kg.Kind) bool {
	return k == kg.KindOrganization || k == kg.KindFund || k == kg.KindPerson
}

// listGap reports whether g joins two items of an English list.
func listGap(g string) bool {
	return g == ", " || g == " and " || g == ", and " || g == " and the " || g == ", and the " || g == ", the "
}

// enItsPortfolioRe opens a sentence about the portfolio of the company the text refers to;
// enItsHoldersRe one about its shareholders ("Its largest shareholder is Y", "The company's
// largest shareholder, Y, holds 38 per cent").
var enItsPortfolioRe = regexp.MustCompile(`^(?:its|their) (?:[a-z-]+ ){0,2}portfolio(?: companies| company| firms| start-ups| startups| investments)? (?:includes|include|included|spans|comprises|counts|features) (?:the )?$`)

var enItsHoldersRe = regexp.MustCompile(`^(?:its|their|the company|the group|the firm|the start-up|the startup)(?:` + enShareholderHead + `)(?:,| (?:is|are|was|were|remains|include|includes|included)|, (?:including|such as)) (?:the )?$`)

// itsPortfolioFacts reads "Its portfolio includes A and B": the company before (topicBefore)
// invested in each item.
func itsPortfolioFacts(d *doc, es *entitySet, si int, ms []mention) []Proposal {
	if si == 0 || len(ms) == 0 || !holder(ms[0].kind) {
		return nil
	}
	s := d.sents[si]
	head := lowerASCII(string(d.folded[s.start:ms[0].start]))
	holders := enItsHoldersRe.MatchString(head)
	if !holders && !enItsPortfolioRe.MatchString(head) {
		return nil
	}
	owner, prev, ok := topicBefore(d, es, si, func(m mention) bool { return (m.kind == kg.KindOrganization || m.kind == kg.KindFund) && !m.media })
	if !ok {
		return nil
	}
	var out []Proposal
	for k, x := range ms {
		if k > 0 && (!holder(x.kind) || !listGap(string(d.folded[ms[k-1].end:x.start]))) {
			break
		}
		sp := citeSpan(d, si, prev, s.start, x.end)
		r := &RelationshipProposal{Type: "INVESTED_IN", From: owner.end_(), To: x.end_()}
		if holders {
			r.From, r.To = x.end_(), owner.end_() // its shareholders invested in it
		}
		out = append(out, relAt(d, sp, strings.TrimSpace(head), 0.5, r))
	}
	return out
}
