//! Auto-assignment: a new conversation without an assignee goes, round robin, to an
//! agent of its inbox who can take it now — online and connected, inside their
//! availability hours (in their time zone), opted in to the inbox and under their
//! capacity for it (`ui_settings.headset.channels`; no entry means opted in without a
//! limit, capacity 0 means no limit). Without such an agent it stays unassigned.

use chrono::{DateTime, Utc};
use headset_model::model::{Availability, User};
use headset_model::settings::HeadsetSettings;

use crate::{AppState, Error};

/// The agent to assign, if anyone can take it; moves the round robin on.
pub async fn pick(state: &AppState, account_id: i64, inbox_id: i64) -> Result<Option<i64>, Error> {
    let now = Utc::now();
    let mut ready = Vec::new();
    for id in state.store.inbox_members(inbox_id).await? {
        let user = state.store.user_document(id).await?;
        if can_take(state, &user, account_id, inbox_id, now).await? {
            ready.push(id);
        }
    }
    let last = state.store.last_auto_assignee(inbox_id).await?;
    let Some(chosen) = next_in_turn(&ready, last) else {
        return Ok(None);
    };
    state.store.set_last_auto_assignee(inbox_id, chosen).await?;
    Ok(Some(chosen))
}

/// The first of `ready` (in id order) after the last one given a conversation.
fn next_in_turn(ready: &[i64], last: Option<i64>) -> Option<i64> {
    let after_last = last.and_then(|last| ready.iter().find(|id| **id > last));
    after_last.or(ready.first()).copied()
}

async fn can_take(
    state: &AppState,
    user: &User,
    account_id: i64,
    inbox_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, Error> {
    let online = user
        .accounts
        .iter()
        .any(|a| a.id == account_id && a.availability_status == Some(Availability::Online));
    if !online {
        return Ok(false);
    }
    let settings = user
        .ui_settings
        .get("headset")
        .and_then(|h| HeadsetSettings::from_value(h).ok())
        .unwrap_or_default();
    if !settings.in_hours(now) {
        return Ok(false);
    }
    let (enabled, capacity) = settings
        .channels
        .get(&inbox_id.to_string())
        .map_or((true, 0), |c| (c.enabled, c.capacity));
    if !enabled {
        return Ok(false);
    }
    Ok(capacity == 0 || state.store.open_load(inbox_id, user.id).await? < i64::from(capacity))
}

#[cfg(test)]
mod tests {
    use super::next_in_turn;

    #[test]
    fn the_turn_goes_round_and_skips_who_cannot_take_it() {
        assert_eq!(next_in_turn(&[2, 5, 9], None), Some(2));
        assert_eq!(next_in_turn(&[2, 5, 9], Some(2)), Some(5));
        assert_eq!(next_in_turn(&[2, 5, 9], Some(9)), Some(2), "wraps around");
        assert_eq!(
            next_in_turn(&[2, 9], Some(5)),
            Some(9),
            "5 is away: 9 is next"
        );
        assert_eq!(next_in_turn(&[], Some(5)), None);
    }
}
