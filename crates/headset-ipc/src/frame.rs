//! JSON-lines framing with a size cap, so a bad peer cannot make us buffer without end.

use serde::{de::DeserializeOwned, Serialize};
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use crate::{Error, Result};

/// The largest request is a custom sound file (at most 1 MB, 1.4 MB in base64).
const MAX_FRAME: u64 = 2 << 20;

/// Reads one frame; `None` at a clean end of stream.
pub(crate) async fn read<T: DeserializeOwned>(
    reader: &mut (impl AsyncBufRead + Unpin),
) -> Result<Option<T>> {
    let mut line = Vec::new();
    let n = reader.take(MAX_FRAME).read_until(b'\n', &mut line).await?;
    if n == 0 {
        return Ok(None);
    }
    if line.last() != Some(&b'\n') {
        return Err(Error::Protocol("IPC frame too long or truncated".into()));
    }
    serde_json::from_slice(&line)
        .map(Some)
        .map_err(|e| Error::Protocol(format!("bad IPC frame: {e}")))
}

pub(crate) async fn write<T: Serialize>(
    writer: &mut (impl AsyncWrite + Unpin),
    frame: &T,
) -> Result<()> {
    let mut line = serde_json::to_vec(frame).map_err(|e| Error::Protocol(e.to_string()))?;
    line.push(b'\n');
    writer.write_all(&line).await?;
    writer.flush().await?;
    Ok(())
}
