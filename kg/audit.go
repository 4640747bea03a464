package kg

// AuditEvent records one change: who made it, when, with which mutation, and the target
// before and after as JSON.
type AuditEvent struct {
	Seq       int64
	At        string
	Actor     string
	Operation string // the mutation's field name: upsertEntity, addRelationship, …
	TargetID  string
	Before    *string
	After     *string
	Reason    *string
	// Entities the change touched and, where known, their kinds (parallel to EntityIDs), for
	// subscription filters.
	EntityIDs []string
	Kinds     []Kind
}

// ID is the event's global id.
func (e AuditEvent) ID() string { return "audit:" + itoa64(e.Seq) }

func itoa64(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// AuditQuery selects audit events, newest first.
type AuditQuery struct {
	TargetID *string
	EntityID *string // events that touched this entity (as target or as a relationship's end)
	Actor    *string
	Window   Window
}
