// Anchor for the probe module library until its first class lands.
namespace probe {}
