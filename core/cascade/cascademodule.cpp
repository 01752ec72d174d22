// Anchor for the cascade module library until its first class lands.
namespace cascade { }
