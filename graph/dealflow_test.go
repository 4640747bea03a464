package graph_test

import (
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/internal/apitest"
)

const addDeal = `mutation($in: RelationshipInput!) { addRelationship(input: $in) {
  id type status round amount currency amountHKD lead version } }`

const updateDeal = `mutation($id: ID!, $in: RelationshipUpdateInput!) { updateRelationship(id: $id, input: $in) {
  id status round amount currency amountHKD lead version } }`

type dealOut struct {
	ID        string   `json:"id"`
	Status    string   `json:"status"`
	Round     *string  `json:"round"`
	Amount    *float64 `json:"amount"`
	Currency  *string  `json:"currency"`
	AmountHKD *float64 `json:"amountHKD"`
	Lead      *bool    `json:"lead"`
	Version   int      `json:"version"`
}

func dealInput(extra map[string]any) map[string]any {
	in := map[string]any{"type": "INVESTED_IN", "from": "hkic", "to": "gogox", "date": "2025-03",
		"source": map[string]any{"url": "https://example.org/deal", "quote": "HKIC led GOGOX's Series B of US$50 million."}}
	for k, v := range extra {
		in[k] = v
	}
	return map[string]any{"in": in}
}

// addRelationship and updateRelationship carry status, round, amount, currency and lead;
// amountHKD is the amount only where it is stated in HKD; what breaks a rule is BAD_USER_INPUT
// naming the field and writes nothing.
func TestDealFieldsWrite(t *testing.T) {
	e := apitest.New(t)
	defer e.Reseed(t)
	var added struct {
		AddRelationship dealOut `json:"addRelationship"`
	}
	e.Data(t, addDeal, dealInput(map[string]any{"round": "SERIES_B", "amount": 50e6, "currency": "USD", "lead": true}), apitest.EditorToken, &added)
	a := added.AddRelationship
	if a.Status != "CURRENT" || *a.Round != "SERIES_B" || *a.Amount != 50e6 || *a.Currency != "USD" || a.AmountHKD != nil || !*a.Lead {
		t.Errorf("added: %+v", a)
	}
	// It is found by the deal-flow query with what it carries.
	var found struct {
		Relationships struct {
			TotalCount int `json:"totalCount"`
			Edges      []struct {
				Node dealOut `json:"node"`
			} `json:"edges"`
		} `json:"relationships"`
	}
	e.Data(t, `{ relationships(where: {types: [INVESTED_IN], dateFrom: "2025", toRolesAny: [UNICORN]}) { totalCount edges { node {
	  id status round amount currency amountHKD lead version } } } }`, nil, "", &found)
	if found.Relationships.TotalCount != 1 || found.Relationships.Edges[0].Node.ID != a.ID || *found.Relationships.Edges[0].Node.Round != "SERIES_B" {
		t.Errorf("deal flow: %+v", found.Relationships)
	}
	// An HKD amount fills amountHKD; the status can be set.
	var hkd struct {
		AddRelationship dealOut `json:"addRelationship"`
	}
	e.Data(t, addDeal, dealInput(map[string]any{"to": "smartmore", "round": "STRATEGIC", "amount": 1e9, "currency": "HKD", "status": "PLANNED"}),
		apitest.EditorToken, &hkd)
	if h := hkd.AddRelationship; h.AmountHKD == nil || *h.AmountHKD != 1e9 || h.Status != "PLANNED" || h.Lead != nil {
		t.Errorf("HKD deal: %+v", h)
	}
	var upd struct {
		UpdateRelationship dealOut `json:"updateRelationship"`
	}
	e.Data(t, updateDeal, map[string]any{"id": hkd.AddRelationship.ID, "in": map[string]any{"status": "CURRENT", "lead": false,
		"source": map[string]any{"url": "https://example.org/closed", "quote": "The round closed."}}}, apitest.EditorToken, &upd)
	if u := upd.UpdateRelationship; u.Status != "CURRENT" || u.Lead == nil || *u.Lead || *u.Round != "STRATEGIC" || *u.AmountHKD != 1e9 || u.Version != 2 {
		t.Errorf("updated: %+v", u)
	}

	before := counts(t, e)
	for _, c := range []struct {
		query string
		vars  map[string]any
		field string
	}{
		{addDeal, dealInput(map[string]any{"amount": 5e6, "currency": "USD", "amountHKD": 39e6}), "input.amountHKD"},
		{addDeal, dealInput(map[string]any{"amount": 5e6}), "input.currency"},
		{addDeal, dealInput(map[string]any{"amount": 5e6, "currency": "usd"}), "input.currency"},
		{addDeal, dealInput(map[string]any{"amount": -1, "currency": "HKD"}), "input.amount"},
		{addDeal, dealInput(map[string]any{"amount": 5e6, "currency": "HKD", "amountHKD": 4e6}), "input.amountHKD"},
		{addDeal, dealInput(map[string]any{"type": "PARTNERED_WITH", "round": "SEED"}), "input.round"},
		{addDeal, dealInput(map[string]any{"type": "FUNDS", "lead": true}), "input.lead"},
		{updateDeal, map[string]any{"id": a.ID, "in": map[string]any{"amountHKD": 1e6,
			"source": map[string]any{"url": "https://example.org/x", "quote": "x"}}}, "input.amountHKD"},
	} {
		r := e.Do(t, c.query, c.vars, apitest.EditorToken)
		if len(r.Errors) == 0 || r.Errors[0].Code() != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, c.field) {
			t.Errorf("%v: %+v, want BAD_USER_INPUT naming %s", c.vars["in"], r.Errors, c.field)
		}
	}
	if after := counts(t, e); after != before {
		t.Errorf("refused writes changed the graph: %s → %s", before, after)
	}
}
