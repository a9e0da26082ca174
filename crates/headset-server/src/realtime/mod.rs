//! Realtime: ActionCable over WebSocket at `/cable`, as Chatwoot's dashboard speaks it.
//!
//! Route handlers publish to the [`Hub`]; each socket forwards what its subscriptions
//! may see, and closes itself when the credential it was opened with ends.

mod cable;
mod hub;
mod presence;

pub(crate) use cable::upgrade;
pub use hub::{Broadcast, Hub, Revocation};
pub use presence::Presence;
