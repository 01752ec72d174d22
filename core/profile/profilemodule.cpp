// Anchor for the profile module library until its first class lands.
namespace profile {}
