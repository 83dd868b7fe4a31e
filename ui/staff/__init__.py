"""The staff console (``kiosk-staff``): open help calls across kiosks and the fleet's state."""
