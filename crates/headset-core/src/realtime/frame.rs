//! One ActionCable frame from the server, decoded: a pure function of the text, so the
//! connection loop stays small and hostile input can be fuzzed (`fuzz/`).

use serde_json::Value;

use super::ServerEvent;

/// What a frame means to the connection.
#[derive(Debug)]
pub enum Frame {
    /// Our subscription was confirmed.
    Confirmed,
    /// Our subscription was refused: the credentials are no good.
    Rejected,
    /// The server is closing the connection; `unauthorized` ends the session.
    Disconnect { unauthorized: bool, reason: String },
    /// An event of our account on our channel.
    Event(Box<ServerEvent>),
    /// Anything else (welcome, ping, other channels, other accounts, events that do not
    /// parse, text that is not JSON): a sign of life and nothing more.
    Other,
}

/// Decodes `text` for a subscription to `identifier` of account `account_id`.
pub fn decode(text: &str, identifier: &str, account_id: i64) -> Frame {
    let Ok(frame) = serde_json::from_str::<Value>(text) else {
        return Frame::Other;
    };
    let ours = frame["identifier"] == identifier;
    match frame.get("type").and_then(Value::as_str) {
        Some("confirm_subscription") if ours => Frame::Confirmed,
        Some("reject_subscription") if ours => Frame::Rejected,
        Some("disconnect") => Frame::Disconnect {
            unauthorized: frame["reason"] == "unauthorized",
            reason: frame["reason"].to_string(),
        },
        None if ours => {
            let message = &frame["message"];
            let name = message["event"].as_str().unwrap_or_default();
            ServerEvent::parse(name, &message["data"], account_id)
                .map_or(Frame::Other, |event| Frame::Event(Box::new(event)))
        }
        _ => Frame::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ID: &str = r#"{"channel":"RoomChannel","pubsub_token":"t"}"#;

    #[test]
    fn frames_are_told_apart_and_others_ignored() {
        let frame = |v: Value| decode(&v.to_string(), ID, 1);
        assert!(matches!(
            frame(json!({"type": "confirm_subscription", "identifier": ID})),
            Frame::Confirmed
        ));
        assert!(matches!(
            frame(json!({"type": "confirm_subscription", "identifier": "other"})),
            Frame::Other
        ));
        assert!(matches!(
            frame(json!({"type": "disconnect", "reason": "unauthorized"})),
            Frame::Disconnect {
                unauthorized: true,
                ..
            }
        ));
        assert!(matches!(
            frame(json!({"type": "ping", "message": 1})),
            Frame::Other
        ));
        assert!(matches!(decode("not json", ID, 1), Frame::Other));
        let event = |account: i64| {
            let data = json!({"account_id": account, "id": 7, "status": "open"});
            frame(
                json!({"identifier": ID, "message": {"event": "conversation.created", "data": data}}),
            )
        };
        assert!(matches!(event(1), Frame::Event(_)));
        assert!(matches!(event(2), Frame::Other), "another account's");
    }
}
