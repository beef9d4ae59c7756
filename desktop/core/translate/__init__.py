"""Machine translation: engine protocol, local Argos packs via CTranslate2, span protection."""
