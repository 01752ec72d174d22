// Anchor for the janus module library until its first class lands.
namespace janus { }
