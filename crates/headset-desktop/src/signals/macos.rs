//! macOS: the lock state from the window server's session dictionary
//! (`CGSSessionScreenIsLocked`), the idle time from the HID event source — both
//! CoreGraphics calls that need no permission.

use std::ffi::{c_char, c_void};
use std::time::Duration;

type CFTypeRef = *const c_void;

/// `kCGEventSourceStateHIDSystemState`: input from the hardware, not synthesised events.
const HID_SYSTEM_STATE: i32 = 1;
/// `kCGAnyInputEventType`.
const ANY_INPUT_EVENT: u32 = !0;
/// `kCFStringEncodingUTF8`.
const UTF8: u32 = 0x0800_0100;

#[link(name = "CoreGraphics", kind = "framework")]
extern "C" {
    fn CGEventSourceSecondsSinceLastEventType(source_state: i32, event_type: u32) -> f64;
    fn CGSessionCopyCurrentDictionary() -> CFTypeRef;
}

#[link(name = "CoreFoundation", kind = "framework")]
extern "C" {
    fn CFStringCreateWithCString(alloc: CFTypeRef, text: *const c_char, encoding: u32)
        -> CFTypeRef;
    fn CFDictionaryGetValue(dictionary: CFTypeRef, key: CFTypeRef) -> CFTypeRef;
    fn CFBooleanGetValue(boolean: CFTypeRef) -> u8;
    fn CFRelease(object: CFTypeRef);
}

pub struct Desktop;

impl super::polled::Desktop for Desktop {
    fn screen_locked() -> Option<bool> {
        // SAFETY: Core Foundation's create/copy rule: both objects made here are released
        // here; the value read from the dictionary is borrowed and not kept.
        unsafe {
            let session = CGSessionCopyCurrentDictionary();
            if session.is_null() {
                return None;
            }
            let key = CFStringCreateWithCString(
                std::ptr::null(),
                c"CGSSessionScreenIsLocked".as_ptr(),
                UTF8,
            );
            let value = CFDictionaryGetValue(session, key);
            // The key is there only while the screen is locked.
            let locked = !value.is_null() && CFBooleanGetValue(value) != 0;
            CFRelease(key);
            CFRelease(session);
            Some(locked)
        }
    }

    fn idle_time() -> Option<Duration> {
        // SAFETY: a pure query with plain values in and out.
        let seconds =
            unsafe { CGEventSourceSecondsSinceLastEventType(HID_SYSTEM_STATE, ANY_INPUT_EVENT) };
        Duration::try_from_secs_f64(seconds).ok()
    }
}
